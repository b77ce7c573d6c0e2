import type { Segment } from '../anatomy/levels';
import type { DegenerationGrade } from '../anatomy/variants/variantChoice';
import type { Overlay, SceneState } from './sceneState';

/**
 * The Kirkaldy-Willis degenerative cascade (§7.2) as three presets: what the facet joints and their
 * neighbours look like in each phase. The disc height loss is not set here: it follows each grade
 * (linkedDiscLoss.ts, §12.6), so the disc flattens as the joints wear.
 */
export const CASCADE_PHASES = ['dysfunction', 'instability', 'stabilisation'] as const;
export type CascadePhase = (typeof CASCADE_PHASES)[number];

export interface CascadePreset {
  /** Weishaupt grade per segment: the worn level first, its neighbours joining later. */
  degeneration: Partial<Record<Segment, DegenerationGrade>>;
  /** What else the phase shows: synovitis in dysfunction, the narrowed foramen in stabilisation. */
  overlays: readonly Overlay[];
  /** Abnormal motion (instability) is shown as the looped lean-back. */
  loop: SceneState['motion']['loop'];
  /** The multifidus weakens once the segment moves abnormally (§10); undefined leaves the scene's own. */
  multifidus?: SceneState['variants']['multifidus'];
}

export const CASCADE_PRESETS: Readonly<Record<CascadePhase, CascadePreset>> = {
  // Synovitis, effusion and early fibrillation: grade 1 and the inflamed capsule.
  dysfunction: { degeneration: { 'L4-L5': 1 }, overlays: ['inflammation'], loop: 'none' },
  // Capsular laxity and cartilage loss: grade 2, the segment moving beyond its range, the multifidus giving way.
  instability: { degeneration: { 'L4-L5': 2 }, overlays: [], loop: 'lean-back', multifidus: 'fatty-1' },
  // Osteophytes, hypertrophy and fibrosis: grade 3, spread to the neighbours, the foramen narrowed.
  stabilisation: { degeneration: { 'L3-L4': 1, 'L4-L5': 3, 'L5-S1': 2 }, overlays: ['foramen-view'], loop: 'none' },
};

/** The part of a step's scene a cascade phase sets: the grades, the overlays and the motion. */
export function cascadeScene(phase: CascadePhase) {
  const { degeneration, overlays, loop, multifidus } = CASCADE_PRESETS[phase];
  return {
    variants: { degeneration, ...(multifidus ? { multifidus } : {}) },
    motion: { loop },
    overlays: [...overlays],
  };
}
