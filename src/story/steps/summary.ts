import { chapterSteps, showKinds } from './define';

/** The 30-second summary: the whole story in five views. */
export const SUMMARY_STEPS = chapterSteps('summary', [
  {
    id: 'welcome',
    scene: {
      camera: 'oblique',
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right'],
    },
  },
  {
    id: 'summary-symptoms',
    scene: {
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right', 'facet-L5-S1-left', 'facet-L5-S1-right'],
      motion: { loop: 'lean-back' },
    },
  },
  {
    id: 'summary-misdiagnosis',
    scene: {
      camera: 'lateral',
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['disc-L4-L5', 'nerve-L5-left', 'facet-L4-L5-left'],
      xray: true,
      overlays: ['referred-pain'],
    },
  },
  {
    id: 'summary-hidden-drivers',
    references: ['kjaer2007', 'nardo2012'],
    scene: {
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds('muscle'),
      highlighted: ['multifidus-left', 'multifidus-right', 'L5'],
      variants: { lstv: 'IIa', lstvSide: 'left', multifidus: 'fatty-2' },
    },
  },
  {
    id: 'summary-treatment-trend',
    references: ['wu2017', 'carette1991', 'cohen2010', 'baltzer2025'],
    scene: {
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds('muscle'),
      highlighted: ['facet-L4-L5-left'],
      variants: { multifidus: 'trained' },
      overlays: ['needle-intra-articular'],
    },
  },
]);
