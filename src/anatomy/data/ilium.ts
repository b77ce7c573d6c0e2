/**
 * The left ilium above the acetabulum, as points in the WORLD frame (mm; origin S1 endplate centre, +Y up, +Z
 * anterior, +X left) in the neutral standing posture; the right ilium mirrors it. Placed by eye (D) on these
 * anchors:
 * - the crest tops out at the L4-L5 disc: the intercristal line crosses between the lower third of L4 and the
 *   upper third of L5 in 80 % of 296 radiographs (Radiographic evaluation of the intercristal line, North Cyprus,
 *   S); men most often at L4, women at L5 (Snider et al. 2008 Spine 33:E161, S);
 * - ASIS ≈ 120 mm and PSIS ≈ 40 mm from the midline, ASIS about 20 mm lower than PSIS (pelvic tilt), and the hip
 *   centre about 110 mm below and 25 mm in front of the S1 endplate centre (pelvic incidence 52°, tilt 12°,
 *   lumbar-reference §12.3; the hip-centre distance is M);
 * - seen from above the crest is an S: concave outward behind, concave inward in front (standard anatomy, M).
 */
export const ILIUM_SHAPE = {
  /** Vertical axis the wing wraps round (world x, z): the wing is a height field of radius about it (D). */
  wrapAxis: [15, 15],
  /** Centre line of the iliac crest, posterior superior iliac spine (PSIS) to anterior (ASIS). */
  crest: [
    [40, -18, -64],
    [47, 4, -67],
    [60, 22, -59],
    [78, 33, -44],
    [98, 37, -23],
    [116, 35, -1],
    [127, 27, 22],
    [126, 8, 47],
    [119, -20, 66],
    [116, -36, 72],
  ],
  /** Crest radius at each point: a blunt PSIS, thin mid crest, the iliac tubercle, the ASIS (M). */
  crestRadius: [8, 7, 5.5, 4.5, 4.5, 5.5, 6.5, 5, 4.5, 5.5],
  /**
   * Lower edge of the modelled part, posterior to anterior: the notch below the PSIS, the posterior inferior
   * iliac spine (PIIS), the upper margin of the greater sciatic notch, the body of the ilium cut just above the
   * acetabulum, the anterior inferior iliac spine (AIIS) and the notch below the ASIS.
   */
  lowerBorder: [
    [43, -36, -61],
    [45, -52, -53],
    [49, -57, -38],
    [54, -62, -24],
    [59, -70, -12],
    [64, -82, -4],
    [64, -90, 8],
    [68, -90, 28],
    [78, -82, 40],
    [98, -68, 52],
    [106, -52, 62],
  ],
  /** Points of the lower border that bound the blade's surface below (the notches are only in the outline). */
  surfaceBorder: [1, 8],
  /** The spines on the borders: PIIS and AIIS as small knobs on the blade's mid-surface, radius mm (M). */
  piis: [45, -52, -53],
  aiis: [98, -68, 52],
  spineRadius: 6,
  /**
   * Depth of the iliac fossa: how far the blade bulges outward midway between crest and lower border, mm (D),
   * so that its inner surface is concave.
   */
  fossaDepth: 15,
  /**
   * Thickness of the blade across its surface, mm. The middle is thin: every ilium has an area where the
   * cortices come within 5 mm of each other, half of them a single cortex (Wang et al. 2020, CT of 200
   * hemipelves, S); it thickens toward the ilium's body and the sacroiliac part (Hwang et al. 1997 J Craniofac
   * Surg 8:274, thickness map of 58 hip bones, S for the pattern; values M).
   */
  bladeThickness: 3,
  bodyThickness: 18,
  posteriorThickness: 16,
  anteriorThickness: 7,
  nearCrestThickness: 5,
  /**
   * Behind the fossa the blade bends inward instead, onto the lateral face of the sacrum, so that its inner face
   * carries the auricular surface: depth of that inward bend, mm, centred at a fraction of the way from the
   * PSIS to the ASIS (round the wrap axis) and fading out over a half width (D).
   */
  sacroiliacBend: { depth: 16, centre: 0.2, halfWidth: 0.17 },
  /** Sacroiliac joint space between the auricular surfaces (M, unverified: ~2-3 mm on CT). */
  jointSpace: 2.5,
} as const;
