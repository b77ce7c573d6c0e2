import { useMemo } from 'react';
import { lstvVariant } from '../../biomech/lstv';
import { NEEDLE_OVERLAYS, type NeedleOverlay as NeedleOverlayName } from '../../procedures/index';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../../story/sceneState';
import type { ModelIndex } from '../modelIndex';
import { sectionOverlay, sectionSegment } from '../sectionViews';
import { AxialCut } from './AxialCut';
import { BoneFrames } from './boneFrames';
import { focusJoints, overlayPlans } from './focusJoints';
import { InflammationOverlay } from './InflammationOverlay';
import { NeedleOverlay } from './NeedleOverlay';
import { PseudoJointOverlay } from './PseudoJointOverlay';
import { TripodOverlay } from './TripodOverlay';

export interface SceneOverlaysProps {
  state: SceneState;
  index: ModelIndex;
  /** Follow the system's "reduce motion": needles and glows appear in their end state instead of animating. */
  reducedMotion?: boolean;
}

const NEEDLE_OVERLAY_NAMES = Object.keys(NEEDLE_OVERLAYS) as NeedleOverlayName[];

/**
 * The overlays the scene state lists, drawn at its focused joints (L4-L5 both sides by default): needles with their
 * injectate or RF lesions, inflammation, and the tripod's load arrows. Rendered inside the Canvas beside the model;
 * everything rides on the bones, so it follows the spine when it bends. At most nine draw calls in all. The axial
 * cut clips the model itself; the foramen view is only a camera and a choice of structures (sectionViews.ts).
 */
export function SceneOverlays({ state, index, reducedMotion = false }: SceneOverlaysProps) {
  const frames = useMemo(() => new BoneFrames(index), [index]);
  // The scene state keeps unchanged arrays unchanged (composeSceneState), so these follow the focus and overlays only.
  const { focus, overlays, variants } = state;
  const joints = useMemo(() => focusJoints({ focus }), [focus]);
  const plans = useMemo(
    () => NEEDLE_OVERLAY_NAMES.filter((name) => overlays.includes(name)).flatMap((name) => overlayPlans({ focus }, name)),
    [focus, overlays],
  );
  const lstv = useMemo(() => lstvVariant(variants), [variants]);
  const show = (name: SceneState['overlays'][number]) => overlays.includes(name);

  return (
    <>
      {plans.length > 0 && <NeedleOverlay frames={frames} plans={plans} reducedMotion={reducedMotion} />}
      {show('inflammation') && <InflammationOverlay frames={frames} joints={joints} reducedMotion={reducedMotion} />}
      {sectionOverlay(state) === 'axial-cut' && <AxialCut index={index} frames={frames} segment={sectionSegment(state)} />}
      {state.variants.lstv !== 'none' && <PseudoJointOverlay frames={frames} index={index} variants={state.variants} />}
      {show('tripod-loads') && <TripodOverlay frames={frames} segment={focus[0] ?? DEFAULT_FOCUS_SEGMENT} lstv={lstv} />}
    </>
  );
}
