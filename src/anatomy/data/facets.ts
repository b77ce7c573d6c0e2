/**
 * Facet (zygapophyseal) joint defaults per segment (lumbar-reference.md §12.2, from §2.1-2.2).
 * Axial angles are to the mid-sagittal plane (0° = sagittal "book-end" joint).
 */
import type { Segment } from '../levels';

/** The joint above L1 is outside the model but shapes L1's superior articular processes. */
export type FacetSegment = 'T12-L1' | Segment;

export interface FacetOrientation {
  /** Angle of the joint plane to the mid-sagittal plane, degrees. */
  axialAngle: number;
  /** Angle of the joint plane to the lower vertebra's upper endplate in the sagittal plane, degrees. */
  sagittalInclination: number;
}

export const FACET_ORIENTATION = {
  // D: extrapolated one step above L1-2 within Masharawi 2004's T12-L2 range 25.9-33.9 (S) and the trend below.
  'T12-L1': { axialAngle: 24, sagittalInclination: 88 },
  // Axial angles: per-level M (unverified) inside Masharawi 2004 ranges (S); inclinations M (unverified).
  'L1-L2': { axialAngle: 27, sagittalInclination: 88 },
  'L2-L3': { axialAngle: 34, sagittalInclination: 87 },
  'L3-L4': { axialAngle: 41, sagittalInclination: 85 },
  'L4-L5': { axialAngle: 48, sagittalInclination: 82 },
  'L5-S1': { axialAngle: 52, sagittalInclination: 80 },
} as const satisfies Record<FacetSegment, FacetOrientation>;

/** Constant soft-tissue properties of every facet joint (§12.2). */
export const FACET_JOINT_TISSUE = {
  /** Per side, (M, unverified, low confidence) ~1-1.5 mm at the centre (§2.2). */
  cartilageThickness: 1.2,
  /** Bone-to-bone joint space on imaging, S: Weishaupt grade 0 = 2-4 mm. */
  jointSpace: 3,
  /** S (review, ResearchGate 335728493): ~1 mm, thick at the back, replaced in front by ligamentum flavum. */
  capsuleThickness: 1,
} as const;

/**
 * Fibro-adipose meniscoids at the superior and inferior poles (Engel & Bogduk 1982 J Anat 135:795, 82 joints,
 * S for their place and kind): fat-filled synovial folds that project 2-4 mm between the articular surfaces
 * (Taylor & McCormick 1991, S), so 3 mm here; the crescent's span along the joint margin, in radians of the
 * facet outline either side of the pole, and its thickest part in the polar recess are drawing choices (D).
 */
export const FACET_MENISCOID = {
  projection: 3,
  halfSpan: 0.7,
  /** Clearance kept from the cartilage surfaces, mm (D). */
  clearance: 0.12,
} as const;
