/**
 * Modelling choices that shape the generated bones where the reference gives no measurement (status D: a
 * convenience chosen by eye against the mean-spine renders in ../shared/reference/images, not a measurement).
 * Measured sizes live in vertebrae.ts, facets.ts, discs.ts and sacrum.ts; the ilium has its own file (ilium.ts).
 */
export const BODY_SHAPE = {
  /** Mid-height narrowing of the body's anterior and lateral walls, as a fraction of the endplate radius. */
  waist: 0.16,
  /** Superellipse exponents of the body outline: rounder in front, flatter at the posterior (canal) wall. */
  anteriorExponent: 1.8,
  posteriorExponent: 2.5,
  /**
   * Kidney shape seen from above (D): the posterior half of the outline reaches this much beyond the endplate
   * half depth with rounded lobes beside the canal (posteriorRoundness: their superellipse exponent), and an
   * elliptical bite (depth mm, half width as a fraction of the body's, depth ÷ width, blend mm) makes the
   * posterior wall concave toward the canal, so the lobes, not the midline, set the depth.
   */
  posteriorReach: 1.1,
  posteriorRoundness: 2.3,
  posteriorDent: 3,
  posteriorDentWidth: 0.38,
  posteriorDentFlatness: 0.5,
  posteriorDentBlend: 3,
  /** Rounding of the endplate rim, mm. */
  rimRadius: 1.6,
  /** Bulge of the annulus beyond the endplate outline at mid-disc height, mm. */
  annulusBulge: 0.8,
} as const;

export const POSTERIOR_SHAPE = {
  /** Pedicle length (body wall to the lamina junction) as a fraction of the canal depth. */
  pedicleLengthFraction: 0.6,
  laminaThickness: 6.5,
  /**
   * Where the lamina meets the pedicle (D): this fraction of the pedicle width medial of its axis, so the laminae
   * converge on the spinous process (a triangular canal), and this far (mm) in front of its posterior end (behind
   * it when negative: further forward the lamina narrows the foramen).
   */
  laminaRootMedial: 0.25,
  laminaRootForward: -1,
  /** Rise of the lamina's lower border between the inferior articular process and the spinous process, mm (D). */
  laminaNotch: 4,
  /** The lamina's lower edge lies this much more posterior than its upper edge (shingled laminae). */
  laminaSlope: 0.25,
  /** Midline lamina borders below the upper / lower endplate levels, mm (D): a 4-7 mm interlaminar gap in neutral. */
  laminaMidlineBelowTop: 7,
  laminaMidlineBelowBottom: 2,
  /** Spinous process thickness at its base and at its thickened tip. */
  spinousBaseThickness: 6,
  spinousTipThickness: 9.5,
  /** Extra thickness of the process's postero-inferior border (the hatchet's heavy edge), mm (D). */
  spinousLowerBulge: 2,
  /** Rounding of the spinous outline seen from the side, and the blend into the laminae, mm (D). */
  spinousRounding: 4,
  /** The rounded club at the tip: its front-to-back radius as a fraction of its half height (D). */
  spinousClub: 0.9,
  spinousBlend: 3,
  /** Rounding of the laminae's upper and lower borders, mm (D): sloping plates, no box edges. */
  laminaEdge: 3,
  /** Drop of the spinous tip's centre below its base's centre, mm (D): the process points back and a little down. */
  spinousDroop: 4,
  /**
   * Spinous neck and tip heights as fractions of the tabled height (D): a hatchet, taller at the tip, that keeps
   * 6-11 mm between neighbouring processes in the neutral lordosis (mean-L2-L5-lateral render: ~7 mm).
   */
  spinousNeckHeight: 0.6,
  spinousTipHeight: 0.7,
  /** Transverse process: backward sweep (deg), upward tilt (deg), front-to-back flattening (height ÷ thickness). */
  transverseSweep: 18,
  transverseTilt: 8,
  transverseFlattening: 2.1,
  /** Transverse root and tip radii as fractions of the tabled process height (D): a blade that tapers little. */
  transverseRootFraction: 0.5,
  transverseTipFraction: 0.3,
  /**
   * Upward and downward stretch of the transverse blade's section at its tip (D), growing from this fraction of
   * the process's length (1 nearer the root: the pedicle and the medial branch's groove keep their room).
   */
  transverseBladeStretch: 1.6,
  transverseBladeStart: 0.3,
  /** Facet joint centre above the lower vertebra's upper endplate, and behind its posterior wall, mm. */
  facetRise: 4,
  facetBehindWall: 13,
  /** Thickness of bone behind a facet surface. */
  articularProcessThickness: 7,
  /**
   * Articular process lobes (D): the process outline reaches this far past the facet margin across and along,
   * its bone thins to this fraction of the full thickness at the rim, over this depth in from the rim (mm).
   */
  articularMarginWidth: 1,
  articularMarginHeight: 2,
  articularRimThickness: 0.7,
  articularLobeDepth: 7,
  /** Extra room the bone across keeps round an articular process tip, mm (D): tips land past 25 % disc loss, §12.6. */
  articularTipRoom: 3,
  /** That room starts this far beyond the facet margin, mm (D): the facet across keeps its full height. */
  articularTipStart: 2,
  /**
   * The posterior sheet (D): flat rods blending the laminae into the articular processes, so pars, lamina and
   * inferior process read as one bony plate from behind. Half width across the rod and half thickness front to
   * back (mm), and how far behind the processes' mid-thickness they lie. The lower rod ends this far above the
   * midline lamina border (the interlaminar gap stays open).
   */
  parsSheetHalfWidth: 4,
  parsSheetHalfThickness: 3.25,
  sheetBehind: 1.5,
  lowerSheetHalfHeight: 4.5,
  lowerSheetRise: 1,
  /**
   * Canal corner fill (D): at pedicle level, bone fills the posterolateral corners of the canal up to the line from
   * the pedicle's medial wall (this far behind its middle, mm) to the lamina's inner surface this far from the
   * midline (mm), so the canal reads as a triangle from above. A rod this thick (radius, mm) and this tall (fraction
   * of the pedicle's half height); below the pedicle the lateral recess and foramen stay open.
   */
  canalCornerStart: 4,
  canalCornerEnd: 6,
  canalCornerRadius: 3,
  canalCornerHeight: 0.9,
  /** ...and it stays this far below the lamina's upper border, mm (D). */
  canalCornerBelowTop: 2,
  mammillaryRadius: 3,
  /**
   * The mammillary bump sits on the process's posterior rim this fraction of the process thickness behind the
   * facet (D); further out it stands in the radiofrequency cannula's path to the medial branch.
   */
  mammillaryDepth: 0.8,
  accessoryRadius: 2.2,
  /** Blend widths of the smooth unions, mm. */
  blend: 4,
} as const;

/** Radius of the facet surfaces' curvature in the axial plane: upper lumbar joints are more curved (C/J). */
export const FACET_CURVATURE_RADIUS = {
  'T12-L1': 11,
  'L1-L2': 12,
  'L2-L3': 14,
  'L3-L4': 17,
  'L4-L5': 21,
  'L5-S1': 25,
} as const;

/**
 * Sacrum outline along its curved long axis (D, shaped by eye to the §1.3 sizes: 95 mm across the alae, 118.6 mm
 * long, S1 body 28 mm high). Rows are [distance down the axis from the S1 endplate, value] in mm.
 */
export const SACRUM_SHAPE = {
  /** Radius of the sacral curve (pelvic surface concave forward). */
  curveRadius: 100,
  bodyHalfWidth: [[0, 24], [30, 20], [60, 15], [90, 11], [118.6, 7]],
  bodyHalfDepth: [[0, 17.5], [30, 14], [60, 10], [90, 7], [118.6, 5]],
  /** Lateral masses and alae: half width, half thickness and the offset of their centre behind the bodies. */
  massHalfWidth: [[0, 47.5], [28, 45], [50, 38], [75, 25], [100, 15], [118.6, 8]],
  massHalfDepth: [[0, 15], [30, 16], [60, 11], [90, 7], [118.6, 4.5]],
  massOffset: [[0, -11], [30, -13], [60, -10], [90, -6], [118.6, -3]],
  /** Spinal canal: half width and half depth (S1 values from §12.1's 30 × 14) down to the hiatus. */
  canalHalfWidth: [[0, 15], [40, 11], [80, 8], [100, 6]],
  canalHalfDepth: [[0, 7], [40, 5], [80, 3.5], [100, 3]],
  hiatusStart: 88,
  /** The four pairs of sacral foramina: distance down the axis, and half distance between dorsal / pelvic pairs. */
  foramina: [
    { at: 20, dorsalHalfSpan: 22, pelvicHalfSpan: 26, dorsalRadius: 3.8, pelvicRadius: 5.5 },
    { at: 42, dorsalHalfSpan: 20, pelvicHalfSpan: 23, dorsalRadius: 3.4, pelvicRadius: 5 },
    { at: 62, dorsalHalfSpan: 17, pelvicHalfSpan: 19, dorsalRadius: 3, pelvicRadius: 4.2 },
    { at: 80, dorsalHalfSpan: 14, pelvicHalfSpan: 15.5, dorsalRadius: 2.6, pelvicRadius: 3.5 },
  ],
  /** Ala top: it falls away laterally from the body rim. */
  alaDropStart: 22,
  alaDropSlope: 0.18,
  medianCrestRadius: 3.2,
} as const;
