/**
 * Numbers behind the needle plans. Each row names its source; lumbar-reference.md tags: S seen in a source,
 * M from memory (unverified), D a modelling choice derived by us.
 */

/** Which image guidance each procedure uses; the keys name content strings (content/overlays.*.ts). */
export const GUIDANCE = {
  /** 2020 multisociety consensus (Cohen et al., RAPM 45:424, Table 12): fluoroscopy for MBB and RFA (§8.2, S). */
  'medial-branch-block': 'fluoroscopy',
  radiofrequency: 'fluoroscopy',
  /** Wu 2016 used fluoroscopy for IA PRP (§11, S); ultrasound is also used in practice (M, unverified). */
  'intra-articular': 'ultrasound-or-fluoroscopy',
  /** Ligament injections are done under ultrasound or fluoroscopy (M, unverified). */
  prolotherapy: 'ultrasound-or-fluoroscopy',
} as const;

export type GuidanceKey = (typeof GUIDANCE)[keyof typeof GUIDANCE];

/** Medial branch size and the conventional RF lesion around it (§8.1, S: Anesth Analg 2011). */
export const MEDIAL_BRANCH = {
  /** "<2 mm" diameter (S). */
  diameterMm: 2,
  /** Conventional RF lesion radius 1.1–2.2 mm (S): too small to catch the nerve end-on, so the cannula lies along it. */
  lesionRadiusMinMm: 1.1,
  lesionRadiusMaxMm: 2.2,
} as const;

/**
 * The mammillo-accessory notch under which each L1–L4 medial branch runs lies "closer to the accessory process"
 * (Demondion 2005, §8.1, S); the fraction of the way from the accessory to the mammillary process is ours (D).
 */
export const NOTCH_FROM_ACCESSORY_FRACTION = 0.35;

/** RF cannula (M, unverified: common 18–20 G cannulae, 100–150 mm long, with a 10 mm active tip). */
export const RF_CANNULA = { activeTipMm: 10, lengthMm: 150 } as const;

/**
 * Approach angles of a straight needle, degrees (M, unverified: the usual fluoroscopic set-ups):
 * obliqueDeg turns the entry from straight behind toward the same side, caudalTiltDeg moves it toward the feet.
 */
export const APPROACH = {
  /**
   * MBB: ipsilateral oblique 15–25°, the needle run down the beam onto the junction; entering a little cranially
   * (negative tilt) lands it on the upper border of the TP, where the nerve crosses.
   */
  'medial-branch-block': { obliqueDeg: 20, caudalTiltDeg: -10 },
  /** Prolotherapy: near-perpendicular to the skin over the ligament's bony attachments. */
  prolotherapy: { obliqueDeg: 10, caudalTiltDeg: 0 },
} as const;

/**
 * RFA: the cannula comes in from below and behind, tilted off the nerve toward the back by as little as clears the
 * bone, within this range (D; "parallel" placement tolerates some 20–30° in practice, M, unverified).
 */
export const RF_LIFT_OFF_NERVE_DEG = { min: 8, max: 27 } as const;

/** Intra-articular: the target sits this far into the posterior half of the joint cleft (fraction of the facet width, D). */
export const INTRA_ARTICULAR_TARGET = { alongWidthFraction: 0.15 } as const;

/**
 * Soft tissue between the spinous process tips and the skin of the back, mm (M, unverified: 20–40 mm in
 * adults of average build). It only sets where the needles start.
 */
export const SKIN_BEHIND_SPINOUS_TIPS_MM = 30;

/** The thinnest skin and subcutis a needle crosses, over the posterior iliac crest, mm (M, unverified: 15–25 mm). */
export const MIN_SOFT_TISSUE_MM = 15;

/** Needle tips stop this far off the bone, on the periosteum where the nerve lies (about the nerve's radius, D). */
export const TIP_OFF_BONE_MM = 1;

/** Prolotherapy: injections per attachment and their spacing along it, mm (D; Chang 2015 injected the ILL, §11, S). */
export const PROLOTHERAPY = { pointsPerAttachment: 3, spacingMm: 5 } as const;

