/**
 * The two section overlays, as plain decisions: which segment they show, which side the foramen view looks into,
 * and which structures they bring into view or take away. Pure, so tests need no renderer.
 */
import { segmentLevels, SIDES, type Segment, type Side, type Vertebra } from '../anatomy/levels';
import { iliumId, spinalNerveId } from '../anatomy/structureIds';
import { jointGrade } from '../anatomy/variants/variantChoice';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../story/sceneState';

export type SectionOverlay = 'axial-cut' | 'foramen-view';

/** The section overlay the state asks for; the foramen view wins if a step lists both. */
export function sectionOverlay(state: Pick<SceneState, 'overlays'>): SectionOverlay | null {
  if (state.overlays.includes('foramen-view')) return 'foramen-view';
  if (state.overlays.includes('axial-cut')) return 'axial-cut';
  return null;
}

export function sectionSegment(state: Pick<SceneState, 'focus'>): Segment {
  return state.focus[0] ?? DEFAULT_FOCUS_SEGMENT;
}

/** The foramen view looks into the side of the worse joint; the left when both are alike. */
export function foramenSide(state: Pick<SceneState, 'variants'>, segment: Segment): Side {
  return jointGrade(state.variants, segment, 'right') > jointGrade(state.variants, segment, 'left') ? 'right' : 'left';
}

/** The spinal nerve that leaves through a segment's foramen: the upper level's (L4 at L4-L5). */
export function exitingNerveId(segment: Segment, side: Side): string {
  return spinalNerveId(segmentLevels(segment)[0] as Vertebra, side);
}

const ILIA = SIDES.map(iliumId);

/** Structures a section overlay draws whatever the step lists, and those it takes out of the way. */
export function sectionStructures(state: Pick<SceneState, 'overlays' | 'focus' | 'variants'>): {
  shown: readonly string[];
  hidden: readonly string[];
} {
  const overlay = sectionOverlay(state);
  if (!overlay) return { shown: [], hidden: [] };
  const segment = sectionSegment(state);
  if (overlay === 'axial-cut') return { shown: [exitingNerveId(segment, 'left'), exitingNerveId(segment, 'right')], hidden: [] };
  // From the side the ilium stands in front of the lower foramina: it is taken away, not ghosted.
  return { shown: [exitingNerveId(segment, foramenSide(state, segment))], hidden: ILIA };
}
