/**
 * Sacrum and S1 defaults, mm (lumbar-reference.md §1.3 and the S1 column of §12.1).
 */
export const SACRUM_DIMENSIONS = {
  /** §12.1 S1 column (M, unverified). */
  upperEndplateWidth: 48,
  upperEndplateDepth: 35,
  /** S: Korean PMCT, S1 body height 28.0. */
  s1BodyHeight: 28,
  /** S: Korean PMCT (n = 29), median width across the alae 95.3 and length 118.6. */
  alarWidth: 95,
  length: 118.6,
  /** §12.1 S1 column (M, unverified). */
  pedicleWidth: 12,
  pedicleHeight: 15,
  canalWidth: 30,
  canalDepth: 14,
  /** Between the S1 superior facet centres, §12.1 (M, unverified). */
  interFacetWidth: 40,
  facetWidth: 15,
  facetHeight: 16,
} as const;
