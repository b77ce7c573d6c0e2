/**
 * Every number the biomechanics layer uses, each once, with its source and its status from
 * ../shared/reference/lumbar-reference.md: S = seen in a source, M = from memory (unverified),
 * D = derived by the compiler or by us from S/M anchors. Section numbers (§) refer to that sheet.
 */
import type { Segment } from '../anatomy/levels';

export interface MotionLimits {
  /** Largest flexion of the segment from standing neutral, degrees. */
  flexionDeg: number;
  /** Largest extension of the segment from standing neutral, degrees. */
  extensionDeg: number;
}

/**
 * Segmental flexion / extension limits, §12.4 (D: model defaults blended from Pearcy 1984 in vivo and
 * Yamamoto 1989 in vitro, whose per-level values are M, unverified; §4.1). Sums: 49° flexion, 20° extension.
 */
export const MOTION_LIMITS: Readonly<Record<Segment, MotionLimits>> = {
  'L1-L2': { flexionDeg: 8, extensionDeg: 4 },
  'L2-L3': { flexionDeg: 9, extensionDeg: 3 },
  'L3-L4': { flexionDeg: 10, extensionDeg: 3 },
  'L4-L5': { flexionDeg: 12, extensionDeg: 4 },
  'L5-S1': { flexionDeg: 10, extensionDeg: 6 },
};

/** Where a segment's flexion–extension axis sits, §4.2 / §12.4. */
export const ROTATION_CENTRE = {
  /** Fraction of the lower vertebra's upper-endplate depth, measured back from its anterior margin (M, unverified). */
  depthFraction: 0.6,
  /** Distance below the lower vertebra's upper endplate, mm (M, unverified; sheet range 0–5 mm). */
  belowEndplateMm: 2,
  /** Shift toward the disc centre in a degenerated disc, mm (D: §12.4 says 2–3 mm). */
  degeneratedShiftMm: 2.5,
  /** Disc height loss at which the full shift applies; smaller losses shift in proportion (D). */
  fullShiftAtDiscLoss: 0.5,
} as const;

/** Facet share of segmental axial compression, §5.2 curve and §12.5. */
export const FACET_SHARE = {
  /** Healthy disc, standing neutral (D: §12.5 default inside the 3–16 % range; <5 % Pollintine 2004 S, ~16 % Adams & Hutton 1980 S). */
  healthyNeutral: 0.08,
  /** Added share per unit fractional disc height loss (D: calibrated so 50 % loss gives Pollintine's 40 %). */
  perDiscHeightLoss: 0.64,
  /** Largest neutral share from disc height loss alone (S: Pollintine et al. 2004 Spine 29:774, severely degenerated disc). */
  discLossCap: 0.4,
  /** Extension that doubles the neutral share, degrees (D: calibrated to FE 43→86 N and in vitro 46→75 N, Jaumard 2011 Table 2, S). */
  doublingExtensionDeg: 4,
  /** Flexion at which the facets carry nothing, degrees (S: ~0 % in flexed sitting, Adams & Hutton 1980 JBJS Br 62:358; the 5° is D). */
  unloadedFlexionDeg: 5,
  /** Ceiling, reached only with the facet tips impinging on the lamina below (S: Adams & Hutton review, JBJS Br c.1985, year M). */
  ceiling: 0.7,
  /** Above this share the app shows an impingement warning (D: §12.5). */
  impingementWarning: 0.4,
} as const;

/** Axial compression at L4-L5, standing, N (M, unverified: from Nachemson / Wilke 1999 intradiscal pressure; range 400–1000 N). */
export const AXIAL_LOAD_STANDING_N = 600;

/** Mean facet cartilage contact pressure, §5.1 / §12.5. */
export const CONTACT_PRESSURE = {
  /** Neutral posture, MPa (S: pressure film, Jaumard et al. 2011 J Biomech Eng, Table 2: 4.5 ± 1.6). */
  neutralMPa: 4.5,
  /**
   * Mean pressure grows as force^(1/3), as in Hertzian contact where the contact area grows as force^(2/3)
   * (D: physics, not a measurement; it reproduces the 5.8 MPa at 4° and 6.1 MPa at 6° extension below).
   */
  forceExponent: 1 / 3,
} as const;

/**
 * Published anchors the load model is checked against (tests/unit/biomech-loads.test.ts); S unless marked.
 * Forces are for both facet joints of a segment.
 */
export const LOAD_ANCHORS = {
  /** Jaumard 2011 Table 2 pressure film: 4° extension 5.8 MPa, 6° extension 6.1 MPa (S). */
  pressureExtensionMPa: [
    { extensionDeg: 4, mpa: 5.8 },
    { extensionDeg: 6, mpa: 6.1 },
  ],
  /** Healthy standing share: 3–16 % (S Adams & Hutton 1980 16 %; M Yang & King 1984 3–25 %). */
  healthyShareRange: [0.03, 0.16],
  /** Both facets, neutral, N (S: Jaumard 2011 Table 2, 46 ± 40 N at 400 N axial; FE 43 N at 500 N). */
  neutralForceRangeN: [40, 60],
  /** Both facets, small extension, N (S: Jaumard 2011, 75 ± 39 N in vitro, 86 N FE; 117 N FE at 20° extension). */
  extensionForceRangeN: [75, 120],
} as const;

/** Lumbosacral transitional vertebra, §6.3 and §12.6. */
export const LSTV = {
  /** L5-S1 motion limit with a fused transverse process (Castellvi III, and the fused side of IV), degrees (D: §12.6 "≤ 2°"). */
  fusedLimitDeg: 2,
  /** Fraction of normal L5-S1 motion left by a pseudo-joint (Castellvi II) (D: our choice for "reduced"; no measurement found). */
  pseudoJointMotionFraction: 0.5,
  /** Fraction of the lost L5-S1 motion (and with it facet load) passed to L4-L5 (D: §12.6 says 30–50 %). */
  transferToL4L5: 0.4,
  /** Contralateral joint's part of the facet load in one-sided types (D: assumption; §6.3 gives no FE number). */
  contralateralFacetFraction: 0.6,
} as const;

/** Facet-tip impingement on the lamina below (§5.1 Adams & Hutton review; §12.5 warning, §12.6 presets). */
export const IMPINGEMENT = {
  /** Disc height loss from which the tips can reach the lamina (D: §12.6 pairs Weishaupt grade 3 with 40 % loss). */
  minDiscHeightLoss: 0.4,
  /** Tip-to-bone distance counted as contact, mm (D: about one cartilage thickness, §12.2). */
  touchMm: 1,
} as const;
