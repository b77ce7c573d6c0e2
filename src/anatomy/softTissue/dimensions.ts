/**
 * Soft-tissue sizes, mm. The reference sheet (lumbar-reference.md) gives only the medial-branch diameter
 * (§8.1, S: "<2 mm"), the multifidus cross-section (§10, M) and the iliolumbar band pattern (§6.3); the rest
 * are textbook sizes (M, unverified) chosen so each structure reads correctly next to the bones.
 */
export const LIGAMENT_SIZES = {
  /** Ligamentum flavum thickness; > 4 mm on MRI is called hypertrophy (M, unverified). */
  flavumThickness: 3.5,
  /** How far the flavum reaches onto each lamina beyond the interlaminar gap (M, unverified). */
  flavumLaminaOverlap: 4,
  /** Interspinous ligament left–right thickness (M, unverified). */
  interspinousThickness: 4,
  /** Supraspinous ligament cord, width × thickness (M, unverified). */
  supraspinousWidth: 6,
  supraspinousThickness: 4,
  /** Anterior longitudinal ligament: a broad band over the bodies (M, unverified). */
  anteriorLongitudinalWidth: 24,
  anteriorLongitudinalThickness: 2,
  /** Posterior longitudinal ligament: narrow over the bodies, widening over the discs (M, unverified). */
  posteriorLongitudinalWidthAtBody: 9,
  posteriorLongitudinalWidthAtDisc: 18,
  posteriorLongitudinalThickness: 1.5,
  /** Iliolumbar bands; the posterior band is short and thick (Aihara 2002, S, shape only; sizes M, unverified). */
  iliolumbarAnteriorWidth: 9,
  iliolumbarAnteriorThickness: 4,
  iliolumbarPosteriorWidth: 7,
  iliolumbarPosteriorThickness: 6,
} as const;

export const NERVE_SIZES = {
  /** Spinal nerve / ventral ramus diameter, 4–6 mm (M, unverified). */
  ventralRamus: 5,
  /** Dorsal ramus diameter (M, unverified). */
  dorsalRamus: 2.5,
  /** Medial branch diameter: "<2 mm" (lumbar-reference §8.1, S; Anesth Analg 2011). */
  medialBranch: 1.5,
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
