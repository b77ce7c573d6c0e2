import { chapterSteps, showKinds } from './define';

/**
 * Treatment: conservative care and multifidus, the four injections and radiofrequency ablation, the
 * decision matrix, the doctor's advice by stage, and training after an injection. Each study-backed
 * step lists the studies whose design and size the panel shows (reference sheet §11).
 */
export const TREATMENT_STEPS = chapterSteps('treatment', [
  {
    id: 'conservative-care',
    references: ['cohen2020'],
    scene: {
      subject: ['multifidus-left'],
      labels: ['multifidus-left'],
      camera: 'lateral',
      visible: showKinds('muscle'),
      highlighted: ['multifidus-left'],
      compare: true,
      variants: { multifidus: 'fatty-1' },
    },
  },
  {
    id: 'multifidus',
    references: ['kjaer2007'],
    scene: {
      subject: ['multifidus-left', 'multifidus-right'],
      labels: ['multifidus-left'],
      camera: 'posterior',
      visible: showKinds('muscle'),
      highlighted: ['multifidus-left', 'multifidus-right'],
      compare: true,
      variants: { multifidus: 'fatty-2' },
      overlays: ['axial-cut'],
    },
  },
  {
    id: 'steroid',
    references: ['wu2017', 'carette1991'],
    scene: {
      subject: ['facet-L4-L5-left'],
      labels: ['facet-L4-L5-left-capsule'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left-capsule'],
      // The tip rests inside the joint, behind L4's inferior process: L4 is ghosted round it.
      ghosted: ['L4'],
      variants: { degeneration: { 'L4-L5': 1 } },
      overlays: ['needle-intra-articular', 'inflammation'],
    },
  },
  {
    id: 'radiofrequency',
    references: ['cohen2010', 'mccormick2015', 'rfComplications2004'],
    scene: {
      subject: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      labels: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      xray: true,
      overlays: ['needle-radiofrequency'],
    },
  },
  {
    id: 'prolotherapy',
    references: ['chang2015', 'giordano2021'],
    scene: {
      subject: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      labels: ['iliolumbar-ligament-left'],
      camera: 'oblique',
      focus: ['L5-S1'],
      visible: showKinds('ligament'),
      highlighted: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      variants: { lstv: 'IIa', lstvSide: 'left' },
      overlays: ['needle-prolotherapy'],
    },
  },
  {
    id: 'prp',
    references: ['wu2017', 'baltzer2025', 'wu2016'],
    scene: {
      subject: ['facet-L4-L5-left'],
      labels: ['facet-L4-L5-left'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-left-cartilage-upper'],
      xray: true,
      variants: { degeneration: { 'L4-L5': 2 } },
      overlays: ['needle-intra-articular'],
    },
  },
  {
    id: 'amuc',
    references: ['ross2022'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['facet-L4-L5-left'],
      camera: 'superior',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      variants: { degeneration: { 'L4-L5': 3 } },
      overlays: ['axial-cut', 'inflammation', 'needle-intra-articular'],
    },
  },
  {
    id: 'decision-matrix',
    references: ['wu2017', 'carette1991', 'cohen2010', 'mccormick2015', 'rfComplications2004', 'chang2015', 'giordano2021', 'baltzer2025', 'wu2016', 'ross2022', 'cohen2020'],
    attachment: 'decision-matrix',
    scene: {
      // Where the five injections go: into the joint, beside its nerve, onto the iliolumbar ligament.
      subject: ['facet-L4-L5-left', 'medial-branch-L4-left', 'iliolumbar-ligament-left'],
      labels: ['facet-L4-L5-left', 'medial-branch-L4-left', 'iliolumbar-ligament-left'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds('ligament', 'nerve'),
      highlighted: ['facet-L4-L5-left', 'medial-branch-L4-left', 'iliolumbar-ligament-left'],
    },
  },
  {
    id: 'advice-acute',
    scene: {
      // The inflamed joint and the nerve a block numbs.
      subject: ['facet-L4-L5-left', 'medial-branch-L4-left'],
      labels: ['facet-L4-L5-left-capsule', 'medial-branch-L4-left'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['facet-L4-L5-left-capsule', 'facet-L4-L5-right-capsule', 'medial-branch-L4-left'],
      variants: { degeneration: { 'L4-L5': 1 } },
      overlays: ['inflammation'],
    },
  },
  {
    id: 'advice-chronic',
    references: ['schwarzer1994', 'cohen2010', 'wu2017', 'chang2015', 'ross2022'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right', 'iliolumbar-ligament-left'],
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds('ligament'),
      highlighted: ['iliolumbar-ligament-left', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      variants: { lstv: 'IIa', lstvSide: 'left', degeneration: { 'L4-L5': 2, 'L5-S1': 1 } },
    },
  },
  {
    id: 'training-after-injection',
    scene: {
      subject: ['multifidus-left', 'multifidus-right'],
      labels: ['multifidus-left'],
      camera: 'oblique',
      visible: showKinds('muscle'),
      highlighted: ['multifidus-left', 'multifidus-right'],
      compare: true,
      variants: { multifidus: 'trained' },
    },
  },
]);
