/**
 * Geometry of the pathology variants (lumbar-reference.md §6, §7 and §12.6). Status tags as in the sheet:
 * S sourced, M unverified (say so where used), D a modelling choice of ours.
 */

/** Castellvi's threshold for a dysplastic transverse process: cranio-caudal height (S, Castellvi 1984; §6.1). */
export const CASTELLVI_TP_HEIGHT_MM = 19;

export const LSTV_SHAPE = {
  /** Cranio-caudal height of the enlarged L5 transverse process at its lateral part (D: above the 19 mm threshold). */
  enlargedHeight: 23,
  /** Front-to-back thickness of the enlarged process (D). */
  enlargedThickness: 13,
  /** Type I: no contact; the gap to the ala stays inside Jenkins 2023's 2-10 mm for type 1 (S; D: 5 mm). */
  typeIGap: 5,
  /** Type II: pseudo-joint gap, §12.6 "0-2 mm" (S); D: 1 mm, the middle of that range. */
  pseudoJointGap: 1,
  /** Type III: how far the fused mass reaches into the ala and how wide its fillet is (D). */
  fusionDepth: 4,
  fusionFillet: 5,
  /** The iliolumbar ligament on the transitional side is thinner (S, Aihara 2005); the factor is D. */
  iliolumbarThinning: 0.55,
} as const;

/** One Weishaupt grade's look (§12.6 "Facet degeneration presets", D unless tagged). */
export interface DegenerationShape {
  /** Bone-to-bone joint space, mm (§12.6; grade 0 = 3 mm from Weishaupt's 2-4 mm, S). */
  jointSpace: number;
  /** Marginal osteophyte reach beyond the normal bone, mm: [smallest, largest] spur (§7.1 D convention). */
  osteophyte: readonly [number, number];
  /** Articular-process hypertrophy as a fraction of its normal size (§12.6, D). */
  hypertrophy: number;
  /** Subchondral cyst diameter, mm (§12.6: 1-3 mm in grade 3, D); 0 = none. */
  cyst: number;
  /** Cartilage left per facet as a fraction of normal (D: thinning follows the narrowing). */
  cartilage: number;
  /** Capsule thickness as a multiple of normal (D: capsular thickening and fibrosis, §7.2). */
  capsule: number;
  /** Linked disc-height loss (§12.6: 0 / 10 / 25 / 40 %, following Fujiwara 1999, S). */
  discHeightLoss: number;
}

export const DEGENERATION_SHAPE = {
  0: { jointSpace: 3, osteophyte: [0, 0], hypertrophy: 0, cyst: 0, cartilage: 1, capsule: 1, discHeightLoss: 0 },
  1: { jointSpace: 1.8, osteophyte: [1, 2], hypertrophy: 0.1, cyst: 0, cartilage: 0.6, capsule: 1.4, discHeightLoss: 0.1 },
  2: { jointSpace: 1.2, osteophyte: [2, 4], hypertrophy: 0.2, cyst: 0, cartilage: 0.4, capsule: 1.8, discHeightLoss: 0.25 },
  3: { jointSpace: 0.7, osteophyte: [4, 6], hypertrophy: 0.3, cyst: 2.5, cartilage: 0.2, capsule: 2.2, discHeightLoss: 0.4 },
} as const satisfies Record<0 | 1 | 2 | 3, DegenerationShape>;
