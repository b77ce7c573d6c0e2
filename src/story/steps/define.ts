import type { StructureKind } from '../../anatomy/structures';
import type { StepId } from '../../content/story';
import type { ChapterId } from '../chapters';
import { DEFAULT_VISIBLE_KINDS } from '../sceneState';
import type { StepInput } from '../stepSchema';

/** A step as written in the chapter files: its id must have text in content/ (a compile-time check). */
export type StepDraft = Omit<StepInput, 'id' | 'chapter'> & { id: StepId };

/** Tags every draft of a chapter with that chapter's id. */
export function chapterSteps(chapter: ChapterId, drafts: readonly StepDraft[]): StepInput[] {
  return drafts.map((draft) => ({ ...draft, chapter }));
}

/** The default visible kinds (bones, discs, facet parts) plus the extra kinds a step needs. */
export function showKinds(...extra: StructureKind[]): { kinds: StructureKind[] } {
  return { kinds: [...DEFAULT_VISIBLE_KINDS, ...extra] };
}
