import { CHAPTER_IDS, type Chapter } from './chapters';
import { sceneStateSchema, type SceneState } from './sceneState';
import { stepSchema, type Step } from './stepSchema';
import { FAQ_STEPS, CONCLUSION_STEPS, RED_FLAG_STEPS, REFERENCE_STEPS } from './steps/closing';
import { LEAN_BACK_STEPS } from './steps/leanBack';
import { SUMMARY_STEPS } from './steps/summary';
import { TELLING_APART_STEPS } from './steps/tellingApart';
import { TREATMENT_STEPS } from './steps/treatment';
import { WHY_EARLY_STEPS } from './steps/whyEarly';

export type { Chapter, ChapterId } from './chapters';
export type { Step, StepAttachment } from './stepSchema';

/**
 * The ordered guided explanation. Parsed at load so a step naming an unknown structure, reference
 * or chapter fails loudly in development and in the unit tests.
 */
export const STEPS: readonly Step[] = [
  ...SUMMARY_STEPS,
  ...WHY_EARLY_STEPS,
  ...LEAN_BACK_STEPS,
  ...TELLING_APART_STEPS,
  ...TREATMENT_STEPS,
  ...FAQ_STEPS,
  ...RED_FLAG_STEPS,
  ...CONCLUSION_STEPS,
  ...REFERENCE_STEPS,
].map((input) => stepSchema.parse(input));

/** Chapters in reading order, each with the ids of its steps and where it starts. */
export const CHAPTERS: readonly Chapter[] = CHAPTER_IDS.map((id) => {
  const firstStepIndex = STEPS.findIndex((step) => step.chapter === id);
  return { id, firstStepIndex, stepIds: STEPS.filter((step) => step.chapter === id).map((step) => step.id) };
});

/** The complete scene state a step asks the scene to draw. */
export function stepSceneState(step: Step): SceneState {
  return sceneStateSchema.parse(step.scene);
}

/** Index of the step with this id, or -1 when there is none. */
export function findStepIndex(id: string): number {
  return STEPS.findIndex((step) => step.id === id);
}
