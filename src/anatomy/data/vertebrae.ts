/**
 * Per-vertebra geometry defaults, mm and degrees (lumbar-reference.md §12.1, which condenses §1.1-1.2).
 * Status: M (Panjabi 1992/1993 pattern, Zindrick 1987 pedicles; unverified) unless a cell says otherwise;
 * the L5 body heights, pedicle and canal are S (NZ CT study, Int J Spine Surg).
 */
import type { Vertebra } from '../levels';

export interface VertebraDimensions {
  upperEndplateWidth: number;
  upperEndplateDepth: number;
  lowerEndplateWidth: number;
  lowerEndplateDepth: number;
  anteriorBodyHeight: number;
  posteriorBodyHeight: number;
  pedicleWidth: number;
  pedicleHeight: number;
  /** Convergence of the pedicle axis toward the midline, anteriorly. */
  pedicleMedialAngle: number;
  /** Interpedicular distance. */
  canalWidth: number;
  /** Posterior body wall to the lamina, in the midline. */
  canalDepth: number;
  spinousHeight: number;
  /** Posterior canal border to the tip. */
  spinousLength: number;
  transverseTipToTip: number;
  transverseHeight: number;
  /** Between the centres of the two superior articular facets. */
  interFacetWidth: number;
  /** Superior articular facet width × height. */
  facetWidth: number;
  facetHeight: number;
}

export const VERTEBRA_DIMENSIONS = {
  // (M, unverified) every cell
  L1: {
    upperEndplateWidth: 41, upperEndplateDepth: 33, lowerEndplateWidth: 43, lowerEndplateDepth: 34,
    anteriorBodyHeight: 24.5, posteriorBodyHeight: 26, pedicleWidth: 8.7, pedicleHeight: 15, pedicleMedialAngle: 11,
    canalWidth: 22.5, canalDepth: 18, spinousHeight: 24, spinousLength: 32, transverseTipToTip: 72, transverseHeight: 10,
    interFacetWidth: 24, facetWidth: 12, facetHeight: 15,
  },
  // (M, unverified) every cell
  L2: {
    upperEndplateWidth: 43, upperEndplateDepth: 34, lowerEndplateWidth: 45, lowerEndplateDepth: 35,
    anteriorBodyHeight: 25.5, posteriorBodyHeight: 26.5, pedicleWidth: 9, pedicleHeight: 15, pedicleMedialAngle: 12,
    canalWidth: 23.5, canalDepth: 17, spinousHeight: 25, spinousLength: 33, transverseTipToTip: 82, transverseHeight: 10,
    interFacetWidth: 26, facetWidth: 13, facetHeight: 16,
  },
  // (M, unverified) every cell; L3 carries the longest transverse processes
  L3: {
    upperEndplateWidth: 45.5, upperEndplateDepth: 35, lowerEndplateWidth: 47, lowerEndplateDepth: 36,
    anteriorBodyHeight: 26.5, posteriorBodyHeight: 26.5, pedicleWidth: 10.3, pedicleHeight: 15, pedicleMedialAngle: 14,
    canalWidth: 24, canalDepth: 16, spinousHeight: 25, spinousLength: 33, transverseTipToTip: 90, transverseHeight: 11,
    interFacetWidth: 29, facetWidth: 14, facetHeight: 16,
  },
  // (M, unverified) every cell
  L4: {
    upperEndplateWidth: 47.5, upperEndplateDepth: 36, lowerEndplateWidth: 49, lowerEndplateDepth: 36,
    anteriorBodyHeight: 27, posteriorBodyHeight: 25.5, pedicleWidth: 12.9, pedicleHeight: 14.5, pedicleMedialAngle: 18,
    canalWidth: 25, canalDepth: 16, spinousHeight: 24, spinousLength: 31, transverseTipToTip: 85, transverseHeight: 12,
    interFacetWidth: 33, facetWidth: 15, facetHeight: 17,
  },
  // Heights, pedicle and canal S (NZ CT: 30.3/26.3, pedicle 16.1 × 12.9, canal 28.2 × 15.6); the rest (M, unverified).
  // Transverse processes short, stout and conical.
  L5: {
    upperEndplateWidth: 49.5, upperEndplateDepth: 36, lowerEndplateWidth: 50.5, lowerEndplateDepth: 35.5,
    anteriorBodyHeight: 30, posteriorBodyHeight: 26, pedicleWidth: 16.5, pedicleHeight: 13.5, pedicleMedialAngle: 28,
    canalWidth: 28, canalDepth: 16, spinousHeight: 18, spinousLength: 27, transverseTipToTip: 90, transverseHeight: 15,
    interFacetWidth: 38, facetWidth: 15, facetHeight: 17,
  },
} as const satisfies Record<Vertebra, VertebraDimensions>;

/**
 * Endplate shape (S, Wang, Battié & Videman 2012, Eur Spine J, 591 endplates): the cranial endplate of each disc
 * (a vertebra's inferior endplate) is more concave than the caudal one (a vertebra's superior endplate); the ring
 * apophysis is 3-7 mm wide, 5 mm recommended (§12.1).
 */
export const ENDPLATE_SHAPE = {
  inferiorConcavity: 1.5,
  superiorConcavity: 0.7,
  ringApophysisWidth: 5,
} as const;
