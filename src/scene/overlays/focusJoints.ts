/**
 * Which joints the overlays draw at, and their procedure plans, cached: a plan samples the bone fields and costs
 * tens of milliseconds, so each (overlay, joint) is planned once per session.
 */
import { SIDES, type Segment, type Side } from '../../anatomy/levels';
import { procedurePlan, type NeedleOverlay, type ProcedurePlan } from '../../procedures/index';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../../story/sceneState';


export interface FocusJoint {
  segment: Segment;
  side: Side;
}

/** The focused segments (or the default), both sides each. */
export function focusJoints(state: Pick<SceneState, 'focus'>): FocusJoint[] {
  const segments = state.focus.length > 0 ? state.focus : [DEFAULT_FOCUS_SEGMENT];
  return segments.flatMap((segment) => SIDES.map((side) => ({ segment, side })));
}

const planCache = new Map<string, ProcedurePlan>();

function cachedPlan(overlay: NeedleOverlay, joint: FocusJoint): ProcedurePlan {
  // Prolotherapy targets the L5 ligament whatever the focus: one plan per side.
  const key = overlay === 'needle-prolotherapy' ? `${overlay}:${joint.side}` : `${overlay}:${joint.segment}:${joint.side}`;
  let plan = planCache.get(key);
  if (!plan) {
    plan = procedurePlan(overlay, joint.segment, joint.side);
    planCache.set(key, plan);
  }
  return plan;
}

/** Every plan an overlay draws for the scene state, without repeating a side's prolotherapy. */
export function overlayPlans(state: Pick<SceneState, 'focus'>, overlay: NeedleOverlay): ProcedurePlan[] {
  const joints = focusJoints(state);
  const unique =
    overlay === 'needle-prolotherapy' ? SIDES.map((side) => ({ segment: DEFAULT_FOCUS_SEGMENT, side })) : joints;
  return unique.map((joint) => cachedPlan(overlay, joint));
}
