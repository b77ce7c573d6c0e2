import { z } from './zod';
import { SEGMENTS, SIDES, type Segment } from '../anatomy/levels';
import { STRUCTURE_KINDS } from '../anatomy/structures';
import { CASTELLVI_TYPES, DEGENERATION_GRADES } from '../anatomy/variants/variantChoice';

/**
 * The scene state: a plain, serialisable description of everything the 3D scene draws.
 * The scene is a pure function of it. Story steps, the user's own changes and URL / embed modes
 * only read and write this object.
 */
export const CAMERA_PRESETS = ['lateral', 'posterior', 'superior', 'oblique', 'anterior'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

/** An explicit camera pose in millimetres, in the anatomical frame (see anatomy/frame.ts). */
export const cameraPoseSchema = z.object({ position: vec3, target: vec3 });
export type CameraPose = z.infer<typeof cameraPoseSchema>;

export const MULTIFIDUS_STATES = ['normal', 'fatty-1', 'fatty-2', 'fatty-3', 'trained'] as const;
export const OVERLAYS = [
  'pressure-map',
  'tripod-loads',
  'referred-pain',
  'inflammation',
  'needle-medial-branch-block',
  'needle-intra-articular',
  'needle-prolotherapy',
  'needle-radiofrequency',
  'axial-cut',
  'foramen-view',
] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** Which side of a before-and-after compare is drawn. */
export const ANATOMY_SHOWN = ['changed', 'normal'] as const;
export type AnatomyShown = (typeof ANATOMY_SHOWN)[number];

/** The level the mechanics and overlays talk about when a step names none: the most often painful one. */
export const DEFAULT_FOCUS_SEGMENT: Segment = 'L4-L5';

const segmentSchema = z.enum(SEGMENTS);
const gradeSchema = z.union(DEGENERATION_GRADES.map((g) => z.literal(g)));
const structureSelection = z.object({
  /** Whole kinds (for example every 'ligament'). */
  kinds: z._default(z.array(z.enum(STRUCTURE_KINDS)), []),
  /** Single structures by id. */
  ids: z._default(z.array(z.string()), []),
});

/** Named regions a step may give as its subject instead of structure ids. */
export const SUBJECT_REGIONS = {
  /** The calm whole lumbar spine and sacrum: for steps whose point is a table or a list. */
  'lumbar-spine': ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum'],
} as const satisfies Record<string, readonly string[]>;
export type SubjectRegion = keyof typeof SUBJECT_REGIONS;

/** At most this many structures (or regions) make one step's subject, and at most this many labels show. */
export const MAX_SUBJECT_PARTS = 4;

export const sceneStateSchema = z.object({
  camera: z.union([z.enum(CAMERA_PRESETS), cameraPoseSchema]),
  /**
   * What the step's text is about (structure ids or a region of SUBJECT_REGIONS): the camera frames it in the free
   * part of the viewport and fades what stands in front of it. Empty = the whole lumbar spine.
   */
  subject: z._default(z.array(z.string()).check(z.maxLength(MAX_SUBJECT_PARTS)), []),
  /** Structures named in the scene by labels with leader lines (their names come from anatomy/structures.ts). */
  labels: z._default(z.array(z.string()).check(z.maxLength(MAX_SUBJECT_PARTS)), []),
  /** Segments the camera frames and the panels talk about; empty = the whole spine. */
  focus: z._default(z.array(segmentSchema), []),
  /** What is drawn. */
  visible: structureSelection,
  highlighted: z._default(z.array(z.string()), []),
  /**
   * Structures drawn faint (any kind) so what lies behind them shows: the upper vertebra and its cartilage over a
   * joint's face, the muscle over the facets. A ghosted structure is still drawn only if it is visible.
   */
  ghosted: z._default(z.array(z.string()), []),
  /**
   * Structures kept solid even where they stand in front of the subject: what the subject meets and is explained
   * against (the sacral ala under a transitional process). Not framed, unlike the subject.
   */
  solid: z._default(z.array(z.string()).check(z.maxLength(MAX_SUBJECT_PARTS)), []),
  /** Bone drawn translucent so discs and joints show through. */
  xray: z._default(z.boolean(), false),
  /**
   * Pathological bone (the transitional transverse process, hypertrophied processes with their spurs) drawn in its
   * own tint instead of bone colour: on while a step is about it, or while the reader's own findings are shown.
   */
  tintVariants: z._default(z.boolean(), false),
  /**
   * Before and after: 'normal' draws the healthy anatomy in place of the variants, disc height loss and muscle
   * state, with the same camera; 'changed' (the default) draws them.
   */
  anatomy: z._default(z.enum(ANATOMY_SHOWN), 'changed'),
  /** Offers the before-and-after toggle (where the scene differs from the normal anatomy at all). */
  compare: z._default(z.boolean(), false),
  variants: z.prefault(
    z.object({
      lstv: z._default(z.enum(CASTELLVI_TYPES), 'none'),
      lstvSide: z._default(z.enum(['left', 'right']), 'left'),
      /** Weishaupt grade per segment: one for both joints, or one per side. */
      degeneration: z._default(z.partialRecord(segmentSchema, z.union([gradeSchema, z.partialRecord(z.enum(SIDES), gradeSchema)])), {}),
      multifidus: z._default(z.enum(MULTIFIDUS_STATES), 'normal'),
    }),
    {},
  ),
  motion: z.prefault(
    z.object({
      /** Trunk extension in degrees, negative for flexion. */
      extensionDeg: z._default(z.number().check(z.gte(-60), z.lte(30)), 0),
      /** A looped animation instead of a fixed angle. */
      loop: z._default(z.enum(['none', 'lean-back']), 'none'),
      /** Fractional disc height loss (0 healthy … 0.5 severe) per segment. */
      discHeightLoss: z._default(z.partialRecord(segmentSchema, z.number().check(z.gte(0), z.lte(0.6))), {}),
    }),
    {},
  ),
  overlays: z._default(z.array(z.enum(OVERLAYS)), []),
});

export type SceneState = z.infer<typeof sceneStateSchema>;
export type SceneStateInput = z.input<typeof sceneStateSchema>;

export const DEFAULT_VISIBLE_KINDS = ['bone', 'disc', 'nucleus', 'facet-joint', 'cartilage', 'capsule', 'cyst'] as const;
