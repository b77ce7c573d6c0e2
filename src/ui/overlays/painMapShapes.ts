/**
 * The referred-pain map's drawing, in centimetres on a 170 cm adult seen from behind (SVG y down, x = 50 is the
 * midline; the patient's left is on the viewer's left, as when you stand behind someone). Areas follow
 * lumbar-reference §9.1 (facet: low back, buttock, greater trochanter, posterior / lateral thigh above the knee,
 * Marks 1989 and Fukui 1997, S), §9.2 (L4 / L5 / S1 dermatomal bands below the knee, M; the SI joint area
 * ~3 × 10 cm below the PSIS, Fortin 1994, S) and §12.7. The outline and the myofascial example are drawing
 * choices (D).
 */

export const PAIN_PATTERNS = ['facet', 'radicular-l4', 'radicular-l5', 'radicular-s1', 'sacroiliac', 'myofascial'] as const;
export type PainPattern = (typeof PAIN_PATTERNS)[number];

export const BODY_VIEWBOX = { width: 100, height: 180 } as const;

/** Knee joint line height (D: ~0.28 of stature above the floor). */
export const KNEE_Y = 132;

/** Posterior superior iliac spines: the dimples ~9 cm apart at the top of the buttocks (D). */
export const PSIS = { y: 92, halfSpan: 4.5 } as const;
/** Fortin's area (§9.2, S): about 3 cm wide and 10 cm long, running down from the PSIS. */
export const SI_PATCH_CM = { width: 3, length: 10 } as const;

/** One closed outline of the body from behind. */
export const BODY_OUTLINE =
  'M50 2 C56 2 59 7 59 13 C59 19 56 23 54 24 L54 28 C62 29 68 30 71 33 C74 36 75 42 76 50 L79 74 C80 84 81 92 82 100 ' +
  'L79 101 L75 78 L72 60 L70 76 C68 84 68 90 68 96 C68 104 66 110 65 118 L64 132 C64 140 63 152 62 164 L62 172 ' +
  'C64 175 64 177 61 177 L55 177 L55 164 C54 152 54 142 53 132 L51 108 L50 106 L49 108 L47 132 C46 142 46 152 45 164 ' +
  'L45 177 L39 177 C36 177 36 175 38 172 L38 164 C37 152 36 140 36 132 L35 118 C34 110 32 104 32 96 C32 90 32 84 30 76 ' +
  'L28 60 L25 78 L21 101 L18 100 C19 92 20 84 21 74 L24 50 C25 42 26 36 29 33 C32 30 38 29 46 28 L46 24 ' +
  'C44 23 41 19 41 13 C41 7 44 2 50 2 Z';

/** Facet referral, one side (patient's left, viewer's left); the other side is its mirror about x = 50. */
const FACET_LEFT =
  'M49 70 L38 70 C35 78 33 86 33 94 L32 100 L34 104 C34 112 35 120 37 128 L44 128 C45 120 46 112 48 106 L49 98 Z';

/** Mirror of an outline about the midline. */
export function mirrorPath(path: string): string {
  return path.replace(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) => `${100 - Number(x)} ${y}`);
}

/**
 * Areas per pattern. Radicular bands are drawn on the patient's right leg (viewer's right) so they sit beside the
 * facet area rather than on top of it; the myofascial example is a gluteal trigger point on the left.
 */
export const PAIN_AREAS: Record<PainPattern, string[]> = {
  facet: [FACET_LEFT, mirrorPath(FACET_LEFT)],
  // L4: across the knee to the inner shin (seen from behind, a strip on the medial lower leg).
  'radicular-l4': ['M55 128 L58 128 L57 150 L56 166 L55 166 L55 150 Z'],
  // L5: outer leg to the top of the foot and big toe.
  'radicular-l5': ['M62 128 L65 128 L64 148 L62 168 L60 176 L58 176 L60 166 L61 148 Z'],
  // S1: back of the thigh and calf to the outer foot and heel.
  'radicular-s1': ['M57 108 L61 108 L61 128 L61 150 L61 166 L62 176 L59 176 L58 166 L58 150 L58 128 Z'],
  sacroiliac: [
    `M${50 - PSIS.halfSpan - SI_PATCH_CM.width} ${PSIS.y} h${SI_PATCH_CM.width} v${SI_PATCH_CM.length} h-${SI_PATCH_CM.width} Z`,
    `M${50 + PSIS.halfSpan} ${PSIS.y} h${SI_PATCH_CM.width} v${SI_PATCH_CM.length} h-${SI_PATCH_CM.width} Z`,
  ],
  myofascial: ['M41 86 C37 86 35 90 36 94 C37 98 42 99 44 96 C46 93 45 86 41 86 Z'],
};

/** Okabe–Ito colours (colour-blind safe) plus a distinct fill pattern per area, so colour is never the only cue. */
export const PAIN_STYLE: Record<PainPattern, { colour: string; fill: 'hatch' | 'cross' | 'dots' | 'solid' | 'dash' | 'zigzag' }> = {
  facet: { colour: '#E69F00', fill: 'hatch' },
  'radicular-l4': { colour: '#56B4E9', fill: 'solid' },
  'radicular-l5': { colour: '#009E73', fill: 'dash' },
  'radicular-s1': { colour: '#0072B2', fill: 'zigzag' },
  sacroiliac: { colour: '#CC79A7', fill: 'cross' },
  myofascial: { colour: '#D55E00', fill: 'dots' },
};
