import { SIDES, type Segment, type Side } from '../anatomy/levels';
import type { CastellviType, DegenerationGrade, SegmentGrade, VariantChoice } from '../anatomy/variants/variantChoice';
import { jointGrade } from '../anatomy/variants/variantChoice';
import { CASCADE_PRESETS, type CascadePhase } from './cascadePresets';
import type { SceneState } from './sceneState';

/**
 * The reader's own findings (a doctor showing a patient's imaging, or a curious patient): a transitional
 * vertebra and facet grades that replace the story's example wherever the reader goes, until cleared.
 * A cascade phase, while chosen, also brings what that phase shows (inflammation, abnormal motion, …).
 */
export interface Findings extends VariantChoice {
  cascade: CascadePhase | null;
}

/** Which joints a grade applies to: both at once, or one side. */
export type GradeSides = 'both' | Side;

/** The findings a scene shows now: the starting point when the reader begins to edit. */
export function findingsOf(variants: SceneState['variants']): Findings {
  return { lstv: variants.lstv, lstvSide: variants.lstvSide, degeneration: { ...variants.degeneration }, cascade: null };
}

export function withLstv(findings: Findings, lstv: CastellviType, lstvSide: Side): Findings {
  return { ...findings, lstv, lstvSide };
}

/** One segment's grades compacted: a single number when both joints agree, nothing when both are healthy. */
export function compactGrade(left: DegenerationGrade, right: DegenerationGrade): SegmentGrade | undefined {
  if (left === right) return left === 0 ? undefined : left;
  return { left, right };
}

/** Sets a segment's grade on one or both sides; a hand-picked grade leaves any cascade preset. */
export function withGrade(findings: Findings, segment: Segment, sides: GradeSides, grade: DegenerationGrade): Findings {
  const [left, right] = SIDES.map((side) => (sides === 'both' || sides === side ? grade : jointGrade(findings, segment, side)));
  const degeneration = { ...findings.degeneration };
  const compact = compactGrade(left!, right!);
  if (compact === undefined) delete degeneration[segment];
  else degeneration[segment] = compact;
  return { ...findings, degeneration, cascade: null };
}

/** A cascade phase's grades (the transitional vertebra is kept: it is a separate finding). */
export function withCascade(findings: Findings, phase: CascadePhase): Findings {
  return { ...findings, degeneration: { ...CASCADE_PRESETS[phase].degeneration }, cascade: phase };
}

/** A scene with the findings in place of its own variants, plus what a chosen cascade phase shows. */
export function applyFindings(state: SceneState, findings: Findings | null): SceneState {
  if (!findings) return state;
  const { lstv, lstvSide, degeneration, cascade } = findings;
  const preset = cascade ? CASCADE_PRESETS[cascade] : null;
  return {
    ...state,
    variants: { ...state.variants, lstv, lstvSide, degeneration, multifidus: preset?.multifidus ?? state.variants.multifidus },
    overlays: preset ? [...new Set([...state.overlays, ...preset.overlays])] : state.overlays,
    motion: preset && preset.loop !== 'none' ? { ...state.motion, loop: preset.loop } : state.motion,
  };
}
