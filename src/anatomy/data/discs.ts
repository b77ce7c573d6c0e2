/**
 * Intervertebral discs and sagittal alignment (lumbar-reference.md §12.3, from §3.1-3.2).
 */
import type { Segment } from '../levels';

export interface SegmentAlignment {
  /** Disc heights at the anterior rim, the middle (deepest point of the endplates) and the posterior rim, mm. */
  discAnterior: number;
  discMiddle: number;
  discPosterior: number;
  /** Angle between the upper endplates of the two vertebrae, degrees (lordosis positive). */
  lordosis: number;
}

export const SEGMENT_ALIGNMENT = {
  // Disc: S anchors (Nepalese MRI, n = 106). Lordosis: S (Sci Rep 2022, doi 10.1038/s41598-022-21840-x, Table 2).
  'L1-L2': { discAnterior: 7.5, discMiddle: 8, discPosterior: 5.5, lordosis: 1 },
  // Disc: D (interpolated). Lordosis: S.
  'L2-L3': { discAnterior: 9.5, discMiddle: 9.5, discPosterior: 6.5, lordosis: 6 },
  // Disc: D (interpolated). Lordosis: S.
  'L3-L4': { discAnterior: 11, discMiddle: 11, discPosterior: 7.5, lordosis: 9 },
  // Disc: middle and posterior S, anterior D. Lordosis: S.
  'L4-L5': { discAnterior: 12.5, discMiddle: 12, discPosterior: 8, lordosis: 13 },
  // Disc: S. Lordosis: S.
  'L5-S1': { discAnterior: 13.5, discMiddle: 11, discPosterior: 7, lordosis: 21.5 },
} as const satisfies Record<Segment, SegmentAlignment>;

export const SPINE_ALIGNMENT = {
  /** Standing sacral slope, degrees: (M, unverified) Legaye 1998, Vaz 2002; consistent with PI 51.7 (S). */
  sacralSlope: 40,
} as const;

export const NUCLEUS = {
  /** Nucleus : disc cross-sectional area, healthy (M, unverified; FE studies span 0.21-0.60, S). */
  areaFraction: 0.4,
  /** Centroid offset posterior of the disc centre, mm (S: "slightly posterior"; 1-2 mm is the §12.3 default). */
  posteriorOffset: 1.5,
} as const;
