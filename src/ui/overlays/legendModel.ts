/**
 * What the overlay legend shows for a scene state, pure (no DOM) so it is tested in Node: which overlays have a
 * legend entry, the needles each procedure places with their image guidance, and the tripod's loads as bars.
 */
import type { Segment } from '../../anatomy/levels';
import type { OverlaysText } from '../../content/overlays.zh-TW';
import { fillTemplate } from '../../content/template';
import { AXIAL_LOAD_STANDING_N } from '../../biomech/data';
import { segmentMechanics } from '../../biomech/facetLoad';
import type { LstvVariant } from '../../biomech/lstv';
import type { Posture } from '../../state/posture';
import { GUIDANCE, NEEDLE_OVERLAYS, nerveNamesOfJoint, type GuidanceKey, type NeedleOverlay, type NerveName } from '../../procedures/index';
import type { TripodLeg } from '../../scene/overlays/tripodArrows';
import { DEFAULT_FOCUS_SEGMENT, type Overlay, type SceneState } from '../../story/sceneState';

/** The overlays this legend explains, in the order it lists them. */
export const LEGEND_OVERLAYS = [
  'tripod-loads',
  'inflammation',
  'needle-medial-branch-block',
  'needle-intra-articular',
  'needle-radiofrequency',
  'needle-prolotherapy',
  'referred-pain',
] as const satisfies readonly Overlay[];
export type LegendOverlay = (typeof LEGEND_OVERLAYS)[number];

export function legendOverlays(state: SceneState): LegendOverlay[] {
  return LEGEND_OVERLAYS.filter((name) => state.overlays.includes(name));
}

export function isNeedleOverlay(name: LegendOverlay): name is NeedleOverlay {
  return name in NEEDLE_OVERLAYS;
}

function focusSegments(state: SceneState): Segment[] {
  return state.focus.length > 0 ? state.focus : [DEFAULT_FOCUS_SEGMENT];
}

function nerveLabel(nerve: NerveName, segment: Segment, text: OverlaysText): string {
  const nerveText = fillTemplate(text.nerves[nerve.branch], { level: nerve.level });
  const [upper, lower] = segment.split('-') as [string, string];
  const site =
    nerve.branch === 'dorsal-ramus'
      ? text.sites['sacral-groove']
      : fillTemplate(text.sites['tp-sap-junction'], { level: nerve.level === 'T12' ? 'L1' : nerve.level === upper ? lower : upper });
  return fillTemplate(text.needleLabel, { nerve: nerveText, site });
}

/** One line per distinct needle target a procedure places at the focused joints (sides are mirror images). */
export function needleLines(overlay: NeedleOverlay, state: SceneState, text: OverlaysText): string[] {
  const segments = focusSegments(state);
  switch (NEEDLE_OVERLAYS[overlay]) {
    case 'medial-branch-block':
    case 'radiofrequency':
      return [...new Set(segments.flatMap((s) => nerveNamesOfJoint(s).map((n) => nerveLabel(n, s, text))))];
    case 'intra-articular':
      return segments.map((segment) => fillTemplate(text.sites.joint, { segment }));
    case 'prolotherapy':
      return [text.sites['transverse-process'], text.sites['iliac-crest']];
  }
}

export function needleGuidance(overlay: NeedleOverlay): GuidanceKey {
  return GUIDANCE[NEEDLE_OVERLAYS[overlay]];
}

/** The legend's rows, top to bottom. */
export const TRIPOD_LEGS: readonly TripodLeg[] = ['disc', 'leftFacet', 'rightFacet'];

export interface TripodBar {
  leg: TripodLeg;
  forceN: number;
  /** Bar length as a fraction of the whole axial load, so the three bars compare to scale. */
  fraction: number;
}

export interface TripodLegend {
  bars: TripodBar[];
  sharePercent: number;
  impingementWarning: boolean;
}

/** The tripod bars of a segment in a posture (the animated one, in the app). */
export function tripodLegend(segment: Segment, posture: Posture, lstv: LstvVariant | undefined): TripodLegend {
  const { loads } = segmentMechanics(segment, posture.trunkDeg, posture.discHeightLoss, lstv);
  const bar = (leg: TripodLeg, forceN: number): TripodBar => ({
    leg,
    forceN,
    fraction: forceN / AXIAL_LOAD_STANDING_N,
  });
  return {
    bars: TRIPOD_LEGS.map((leg) => bar(leg, { disc: loads.discN, leftFacet: loads.leftFacetN, rightFacet: loads.rightFacetN }[leg])),
    sharePercent: Math.round(loads.share * 100),
    impingementWarning: loads.impingementWarning,
  };
}
