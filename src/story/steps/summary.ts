import { chapterSteps, showKinds } from './define';
import { L4_L5_FACE_GHOSTS, L4_L5_FACE_VIEW } from './leanBack';

/** The 30-second summary: the whole story in five views. */
export const SUMMARY_STEPS = chapterSteps('summary', [
  {
    id: 'welcome',
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right', 'facet-L5-S1-left', 'facet-L5-S1-right'],
      labels: ['facet-L4-L5-left', 'facet-L5-S1-left'],
      camera: 'oblique',
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right'],
    },
  },
  {
    id: 'summary-symptoms',
    scene: {
      subject: ['facet-L4-L5-right'],
      // The joint's name: short enough to sit beside it in the small embedded widget; the key's opened joint shows the face.
      labels: ['facet-L4-L5-right'],
      // The loaded face as the spine leans back and forth (L4 ghosted over the joint).
      camera: L4_L5_FACE_VIEW,
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-right-cartilage-lower'],
      ghosted: L4_L5_FACE_GHOSTS,
      motion: { loop: 'lean-back' },
      overlays: ['pressure-map'],
    },
  },
  {
    id: 'summary-misdiagnosis',
    scene: {
      subject: ['disc-L4-L5', 'facet-L4-L5-left'],
      labels: ['disc-L4-L5', 'facet-L4-L5-left'],
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
      subject: ['L5', 'sacrum', 'multifidus-left'],
      labels: ['L5', 'multifidus-left'],
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds('muscle'),
      highlighted: ['multifidus-left', 'multifidus-right'],
      tintVariants: true,
      compare: true,
      variants: { lstv: 'IIa', lstvSide: 'left', multifidus: 'fatty-2' },
    },
  },
  {
    id: 'summary-treatment-trend',
    references: ['wu2017', 'carette1991', 'cohen2010', 'baltzer2025'],
    scene: {
      // The joint an injection goes into, the nerve ablation switches off, and the muscle exercise builds.
      subject: ['facet-L4-L5-left', 'medial-branch-L4-left'],
      labels: ['facet-L4-L5-left', 'medial-branch-L4-left', 'multifidus-left'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds('muscle', 'nerve'),
      highlighted: ['facet-L4-L5-left', 'medial-branch-L4-left'],
      variants: { multifidus: 'trained' },
      overlays: ['needle-intra-articular'],
    },
  },
]);
