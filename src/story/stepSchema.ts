import { z } from './zod';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { REFERENCE_IDS } from '../content/references';
import { CHAPTER_IDS } from './chapters';
import { MAX_SUBJECT_PARTS, sceneStateSchema, SUBJECT_REGIONS } from './sceneState';
import { STEP_ID_MAX_LENGTH, STEP_ID_PATTERN } from './stepId';

export { STEP_ID_MAX_LENGTH, STEP_ID_PATTERN } from './stepId';

/** Extra material shown under a step's text: a table or a list that lives in content/. */
const STEP_ATTACHMENTS = ['differential-table', 'decision-matrix', 'red-flag-list', 'reference-list'] as const;
export type StepAttachment = (typeof STEP_ATTACHMENTS)[number];

const knownStructure = z.string().check(z.refine((id) => STRUCTURE_BY_ID.has(id), { message: 'unknown structure id' }));
const subjectPart = z.string().check(
  z.refine((id) => STRUCTURE_BY_ID.has(id) || id in SUBJECT_REGIONS, { message: 'unknown structure id or region' }),
);

/** The scene schema, tightened so a step can only name structures that exist in the model. */
const stepSceneSchema = z.extend(sceneStateSchema, {
  visible: z.object({
    kinds: sceneStateSchema.shape.visible.shape.kinds,
    ids: z._default(z.array(knownStructure), []),
  }),
  highlighted: z._default(z.array(knownStructure), []),
  ghosted: z._default(z.array(knownStructure), []),
  solid: z._default(z.array(knownStructure).check(z.maxLength(MAX_SUBJECT_PARTS)), []),
  /** Every step says what its picture is about: a list or table step names the calm 'lumbar-spine'. */
  subject: z.array(subjectPart).check(z.minLength(1), z.maxLength(MAX_SUBJECT_PARTS)),
  labels: z._default(z.array(knownStructure).check(z.maxLength(MAX_SUBJECT_PARTS)), []),
});

export const stepSchema = z.object({
  id: z.string().check(z.maxLength(STEP_ID_MAX_LENGTH), z.regex(STEP_ID_PATTERN)),
  chapter: z.enum(CHAPTER_IDS),
  /** Sources the step's text relies on; the panel shows them as numbered markers. */
  references: z._default(z.array(z.enum(REFERENCE_IDS)), []),
  scene: stepSceneSchema,
  attachment: z.optional(z.enum(STEP_ATTACHMENTS)),
});

export type Step = z.infer<typeof stepSchema>;
export type StepInput = z.input<typeof stepSchema>;
