import { facetFaceView, segmentFromBehindAbove } from '../jointViews';
import { chapterSteps, showKinds } from './define';

/**
 * The loaded face: the right L4-L5 joint's lower cartilage seen straight on from across the joint (from behind and
 * to the left), the disc beside it; L4, the joint's upper cartilage and its capsule are ghosted so the face shows.
 */
export const L4_L5_FACE_VIEW = facetFaceView('L4-L5', 'right', 30, 0.15);
/** L4 with the joint's upper cartilage, and both capsules (the near one stands in the view's foreground). */
export const L4_L5_FACE_GHOSTS = ['L4', 'facet-L4-L5-right-cartilage-upper', 'facet-L4-L5-right-capsule', 'facet-L4-L5-left-capsule'];
/** Closer, for the small meniscoid folds at the joint's rim. */
const L4_L5_RIM_VIEW = facetFaceView('L4-L5', 'right', 20);

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
      subject: ['facet-L4-L5-right'],
      // The joint's name: short enough to sit beside it in the small embedded widget; the key's opened joint shows the face.
      labels: ['facet-L4-L5-right'],
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
    id: 'three-joint-complex',
    scene: {
      subject: ['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      // From behind and above: the disc at the front, a facet joint on each side behind it, spread as a tripod.
      camera: segmentFromBehindAbove('L4-L5', 50),
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
      // The folds themselves, close: the joint's rim round them.
      subject: ['facet-L4-L5-right-meniscoid'],
      labels: ['facet-L4-L5-right-meniscoid'],
      camera: L4_L5_RIM_VIEW,
      focus: ['L4-L5'],
      visible: showKinds('meniscoid'),
      highlighted: ['facet-L4-L5-right-meniscoid'],
      ghosted: L4_L5_FACE_GHOSTS,
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
      subject: ['disc-L4-L5', 'facet-L4-L5-right'],
      labels: ['disc-L4-L5', 'facet-L4-L5-right'],
      camera: L4_L5_FACE_VIEW,
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds(),
      highlighted: ['disc-L4-L5', 'facet-L4-L5-right-cartilage-lower'],
      ghosted: L4_L5_FACE_GHOSTS,
      compare: true,
      variants: { degeneration: { 'L4-L5': 2 } },
      motion: { discHeightLoss: { 'L4-L5': 0.4, 'L5-S1': 0.25 } },
      overlays: ['pressure-map'],
    },
  },
]);
