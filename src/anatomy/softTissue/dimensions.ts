/**
 * Soft-tissue sizes, mm. The reference sheet (lumbar-reference.md) gives only the medial-branch diameter
 * (§8.1, S: "<2 mm"), the multifidus cross-section (§10, M) and the iliolumbar band pattern (§6.3); the
 * sources marked S below were read (abstract or table) during this work and are not yet in the sheet; the rest
 * are textbook sizes (M, unverified) chosen so each structure reads correctly next to the bones.
 */
export const LIGAMENT_SIZES = {
  /**
   * Ligamentum flavum thickness per segment on MRI: L3-4 3.38, L4-5 3.70, L5-S1 3.65 mm ("Thickness of the
   * ligamentum flavum: correlation with age and its asymmetry", Asian Spine J 2015;9:245, 200 patients, S);
   * L2-3 3.19 mm (Khasawneh et al. 2023 Folia Morphol 82:72, 350 patients, S); L1-2 taken as L2-3's (D).
   * Over 4 mm counts as hypertrophy (M).
   */
  flavumThickness: { 'L1-L2': 3.19, 'L2-L3': 3.19, 'L3-L4': 3.38, 'L4-L5': 3.7, 'L5-S1': 3.65 },
  /** How far the flavum reaches onto each lamina beyond the interlaminar gap (M, unverified). */
  flavumLaminaOverlap: 4,
  /** Interspinous ligament: a thin sheet between the spinous processes, left–right thickness (M, unverified). */
  interspinousThickness: 2,
  /** Supraspinous ligament: a flat cord over the tips, width × thickness (M, unverified). */
  supraspinousWidth: 7,
  supraspinousThickness: 2.5,
  /** Iliolumbar bands, flat; the posterior band is short and thick (Aihara 2002, S, shape only; sizes M, unverified). */
  iliolumbarAnteriorWidth: 10,
  iliolumbarAnteriorThickness: 2.5,
  iliolumbarPosteriorWidth: 8,
  iliolumbarPosteriorThickness: 4,
} as const;

/** The longitudinal ligaments, mm. */
export const LONGITUDINAL_LIGAMENTS = {
  /**
   * Anterior: broad and thin, slightly wider over the discs, thickest over the middle of each body where it
   * fills the waist (textbook description, M; sizes M, unverified).
   */
  anteriorWidthAtBody: 30,
  anteriorWidthAtDisc: 34,
  anteriorThicknessAtBody: 2,
  anteriorThicknessAtDisc: 1,
  /**
   * Posterior, per segment, from 14 cadavers (Lee et al. 2018 J Korean Neurosurg Soc 61:89, table, S): the central
   * strip at the upper disc margin (its width over the bodies), the fan at the upper disc margin, and the width
   * at mid-disc. Thickness about 1 mm (M, unverified).
   */
  posteriorWidth: {
    'L1-L2': { overBody: 8.5, discUpperMargin: 14.7, discMiddle: 28.6 },
    'L2-L3': { overBody: 8.1, discUpperMargin: 17.5, discMiddle: 28.2 },
    'L3-L4': { overBody: 7.9, discUpperMargin: 17.7, discMiddle: 29.9 },
    'L4-L5': { overBody: 7.0, discUpperMargin: 20.5, discMiddle: 31.0 },
    'L5-S1': { overBody: 4.8, discUpperMargin: 18.2, discMiddle: 32.5 },
  },
  posteriorThickness: 1.2,
  /** Both bands thin to this fraction of their thickness at their edges (D). */
  edgeFraction: 0.3,
} as const;

export const NERVE_SIZES = {
  /**
   * Spinal nerve diameter where it leaves its foramen, 5 mm beyond the ganglion on MR neurography: L2 3.12,
   * L3 4.29, L4 5.13, L5 5.29 mm (Lumbosacral plexus root thickening, Clin Anat 2018;31:782, 11 volunteers, S);
   * L1 a little under L2 (D; on plain MRI L1 is the thinnest root, 3.9 ± 0.8 mm, Khasawneh 2023, S).
   */
  root: { L1: 3, L2: 3.12, L3: 4.29, L4: 5.13, L5: 5.29 },
  /** The ventral ramus tapers to this fraction of the root at its drawn end, as branches leave it (D). */
  ventralTaper: 0.65,
  /** Dorsal ramus diameter (M, unverified). */
  dorsalRamus: 2,
  /** Medial branch diameter: "<2 mm" (lumbar-reference §8.1, S; Anesth Analg 2011); thinner at its end (D). */
  medialBranch: 1.5,
  medialBranchEnd: 1,
  /** Articular twigs to the facet capsules (M, unverified). */
  articularTwig: 0.8,
  /** Length of the ventral ramus drawn beyond the foramen (presentation choice). */
  ventralRamusLength: 45,
} as const;

export const MULTIFIDUS_SIZES = {
  /**
   * One fascicle's section, width × thickness. Four to five overlapping fascicles at L4-5 give about
   * 6–10 cm² per side (lumbar-reference §10, M; Niemeläinen 2011), so each is about 14 × 10 mm (D).
   */
  fascicleWidth: 14,
  fascicleThickness: 10,
  /** Segments a fascicle descends: 2–5 (Macintosh & Bogduk 1986, lumbar-reference §10, M). */
  shortestSpan: 2,
  longestSpan: 5,
} as const;
