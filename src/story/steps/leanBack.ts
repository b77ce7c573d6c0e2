import { chapterSteps, showKinds } from './define';

/**
 * Why leaning back hurts: the three-joint complex, the facet as a synovial joint, its nerve supply
 * from two levels, its three jobs, and how a flatter disc moves load onto it. Extension angles stay
 * inside the lumbar range the scene schema allows; the pressure map itself comes from biomech/.
 */
export const LEAN_BACK_STEPS = chapterSteps('lean-back', [
  {
    id: 'lean-back-intro',
    references: ['dunlop1984', 'jaumard2011'],
    scene: {
      subject: ['facet-L4-L5-left'],
      labels: ['facet-L4-L5-left-cartilage-lower'],
      camera: 'lateral',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left'],
      xray: true,
      motion: { extensionDeg: 15 },
      overlays: ['pressure-map'],
    },
  },
  {
    id: 'three-joint-complex',
    scene: {
      subject: ['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      xray: true,
      overlays: ['tripod-loads'],
    },
  },
  {
    id: 'cartilage-and-capsule',
    scene: {
      subject: ['facet-L4-L5-left'],
      labels: ['facet-L4-L5-left-cartilage-upper', 'facet-L4-L5-left-capsule'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left-cartilage-upper', 'facet-L4-L5-left-cartilage-lower', 'facet-L4-L5-left-capsule'],
      xray: true,
    },
  },
  {
    id: 'meniscoid',
    scene: {
      subject: ['facet-L4-L5-left'],
      labels: ['facet-L4-L5-left-meniscoid'],
      camera: 'lateral',
      focus: ['L4-L5'],
      visible: showKinds('meniscoid'),
      highlighted: ['facet-L4-L5-left-meniscoid'],
      xray: true,
      motion: { loop: 'lean-back' },
    },
  },
  {
    id: 'medial-branch',
    references: ['bogduk1982'],
    scene: {
      subject: ['medial-branch-L3-left', 'medial-branch-L4-left', 'facet-L4-L5-left'],
      labels: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      camera: 'posterior',
      focus: ['L3-L4', 'L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['medial-branch-L3-left', 'medial-branch-L4-left', 'facet-L4-L5-left'],
    },
  },
  {
    id: 'facet-three-jobs',
    references: ['jaumard2011'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      camera: 'superior',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      overlays: ['axial-cut'],
    },
  },
  {
    id: 'disc-flattening',
    references: ['pollintine2004', 'adams1980'],
    scene: {
      subject: ['disc-L4-L5', 'facet-L4-L5-left'],
      labels: ['disc-L4-L5', 'facet-L4-L5-left'],
      camera: 'lateral',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds(),
      highlighted: ['disc-L4-L5', 'facet-L4-L5-left'],
      xray: true,
      variants: { degeneration: { 'L4-L5': 2 } },
      motion: { discHeightLoss: { 'L4-L5': 0.4, 'L5-S1': 0.25 } },
      overlays: ['pressure-map'],
    },
  },
]);
