import { z } from '../zod';
import { SEGMENTS, SIDES } from '../../anatomy/levels';
import { STRUCTURE_BY_ID } from '../../anatomy/structures';
import { CASTELLVI_TYPES, DEGENERATION_GRADES } from '../../anatomy/variants/variantChoice';
import { LOCALES } from '../../content/locale';
import { CASCADE_PHASES } from '../cascadePresets';
import { findStepIndex } from '../steps';

/**
 * What a doctor puts together for one patient during a visit, and what the link and the handout carry: the steps
 * to walk through (a playlist), the findings, the marked structures, saved views with the strokes drawn on them,
 * and the language. Nothing in it names the patient. Pure data and its zod schema; the limits keep a link short
 * and a hostile one harmless.
 */
export const LIMITS = { steps: 12, marks: 8, views: 6, strokesPerView: 24, pointsPerStroke: 96, coordinate: 4000, cameraMm: 3000 } as const;

/** The drawing colours, by index (the link carries the index; the colours themselves live in the UI). */
export const STROKE_COLOURS = ['red', 'yellow', 'blue', 'white'] as const;
export type StrokeColour = (typeof STROKE_COLOURS)[number];

/**
 * A stroke's points in thousandths of the view's height, measured from the view's centre (x to the right, y down).
 * The camera's vertical field of view is fixed, so a stroke lands on the same anatomy on a wider or narrower screen.
 */
const coordinate = z.int().check(z.gte(-LIMITS.coordinate), z.lte(LIMITS.coordinate));
export const strokeSchema = z.object({
  colour: z.enum(STROKE_COLOURS),
  points: z.array(z.tuple([coordinate, coordinate])).check(z.minLength(1), z.maxLength(LIMITS.pointsPerStroke)),
});
export type Stroke = z.infer<typeof strokeSchema>;

const millimetre = z.int().check(z.gte(-LIMITS.cameraMm), z.lte(LIMITS.cameraMm));
const vec3Mm = z.tuple([millimetre, millimetre, millimetre]);

export const stepIdSchema = z.string().check(z.maxLength(80), z.refine((id) => findStepIndex(id) >= 0));

/** A camera pose (whole millimetres, anatomical frame) with what was drawn on it, and the step it was drawn on. */
export const savedViewSchema = z.object({
  step: stepIdSchema,
  camera: z.object({ position: vec3Mm, target: vec3Mm }),
  strokes: z.array(strokeSchema).check(z.maxLength(LIMITS.strokesPerView)),
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** A marked structure: its id names the level and side (`facet-L4-L5-left`, `nerve-L5-right`, …). */
export const markSchema = z.string().check(z.maxLength(80), z.refine((id) => STRUCTURE_BY_ID.has(id)));

const gradeSchema = z.union(DEGENERATION_GRADES.map((g) => z.literal(g)));
const segmentGradeSchema = z.union([gradeSchema, z.object({ left: z.optional(gradeSchema), right: z.optional(gradeSchema) })]);
export const findingsSchema = z.object({
  lstv: z.enum(CASTELLVI_TYPES),
  lstvSide: z.enum(SIDES),
  degeneration: z.partialRecord(z.enum(SEGMENTS), segmentGradeSchema),
  cascade: z.nullable(z.enum(CASCADE_PHASES)),
});

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** A saved view belongs to a step of the playlist (the handout shows it with that step). */
export const compositionSchema = z
  .object({
    steps: z.array(stepIdSchema).check(z.maxLength(LIMITS.steps), z.refine(unique)),
    findings: z.nullable(findingsSchema),
    marks: z.array(markSchema).check(z.maxLength(LIMITS.marks), z.refine(unique)),
    views: z.array(savedViewSchema).check(z.maxLength(LIMITS.views)),
    locale: z.enum(LOCALES),
  })
  .check(z.refine((composition) => composition.views.every((view) => composition.steps.includes(view.step))));
export type Composition = z.infer<typeof compositionSchema>;

export const EMPTY_COMPOSITION: Composition = { steps: [], findings: null, marks: [], views: [], locale: 'zh-TW' };
