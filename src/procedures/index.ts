/**
 * Needle plans for the facet-joint procedures the story shows. Pure: world millimetres in the neutral pose, no
 * renderer. The scene carries each needle on its bone so it follows the spine when it bends.
 */
import type { Segment, Side } from '../anatomy/levels';
import { intraArticularPlan } from './intraArticular';
import { medialBranchBlockPlan } from './medialBranchBlock';
import type { NeedlePlan } from './needlePlan';
import { prolotherapyPlan } from './prolotherapy';
import { radiofrequencyPlan, type RfLesion } from './radiofrequency';

export type { NeedlePlan, ProcedureId, NeedleTarget, Approach } from './needlePlan';
export type { RfLesion } from './radiofrequency';
export type { NerveName } from './targets';
export { GUIDANCE, type GuidanceKey } from './data';
export { nerveNamesOfJoint } from './medialBranchBlock';

/** The overlays that draw a procedure, and the procedure each draws. */
export const NEEDLE_OVERLAYS = {
  'needle-medial-branch-block': 'medial-branch-block',
  'needle-intra-articular': 'intra-articular',
  'needle-prolotherapy': 'prolotherapy',
  'needle-radiofrequency': 'radiofrequency',
} as const;
export type NeedleOverlay = keyof typeof NEEDLE_OVERLAYS;

export interface ProcedurePlan {
  needles: NeedlePlan[];
  lesions: RfLesion[];
}

/** The plan an overlay draws for one joint (prolotherapy ignores the segment: the ligament belongs to L5). */
export function procedurePlan(overlay: NeedleOverlay, segment: Segment, side: Side): ProcedurePlan {
  switch (NEEDLE_OVERLAYS[overlay]) {
    case 'medial-branch-block':
      return { needles: medialBranchBlockPlan(segment, side), lesions: [] };
    case 'intra-articular':
      return { needles: [intraArticularPlan(segment, side)], lesions: [] };
    case 'prolotherapy':
      return { needles: prolotherapyPlan(side), lesions: [] };
    case 'radiofrequency':
      return radiofrequencyPlan(segment, side);
  }
}
