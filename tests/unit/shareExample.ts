import type { Composition } from '../../src/story/share/composition';

/**
 * The example composition: two marked joints, one stroke, three steps, a left-sided Castellvi IIa and
 * L4-L5 at grade 3. The stroke is a hand-drawn circle around the left L4-L5 joint, at the density the drawing keeps.
 */
const circle: [number, number][] = Array.from({ length: 24 }, (_, i) => {
  const angle = (i / 23) * 2 * Math.PI;
  return [Math.round(-120 + 90 * Math.cos(angle)), Math.round(40 + 70 * Math.sin(angle))];
});

export const EXAMPLE_COMPOSITION: Composition = {
  steps: ['three-joint-complex', 'lstv', 'diagnostic-block'],
  findings: { lstv: 'IIa', lstvSide: 'left', degeneration: { 'L4-L5': 3 }, cascade: null },
  marks: ['facet-L4-L5-left', 'facet-L5-S1-left'],
  views: [{ step: 'three-joint-complex', camera: { position: [-35, 120, -260], target: [0, 95, -10] }, strokes: [{ colour: 'red', points: circle }] }],
  locale: 'zh-TW',
};
