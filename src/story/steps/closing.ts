import { lstvPieceId } from '../../anatomy/structureIds';
import { lumbosacralView } from '../jointViews';
import { chapterSteps, showKinds } from './define';

/** The FAQ, the red flags, the conclusion and the reference list. */
export const FAQ_STEPS = chapterSteps('faq', [
  {
    id: 'faq-surgery',
    attachment: 'red-flag-list',
    scene: {
      subject: ['facet-L4-L5-left', 'nerve-L4-left'],
      labels: ['nerve-L4-left', 'facet-L4-L5-left'],
      camera: 'lateral',
      focus: ['L4-L5'],
      // No capsule: the spurs on the joint margins, in their own tint, crowd the root in the foramen.
      visible: { kinds: ['bone', 'disc', 'cartilage', 'cyst', 'nerve'] },
      highlighted: ['nerve-L4-left'],
      tintVariants: true,
      compare: true,
      variants: { degeneration: { 'L4-L5': 3 } },
      motion: { discHeightLoss: { 'L4-L5': 0.4 } },
      overlays: ['foramen-view'],
    },
  },
  {
    id: 'faq-prp-works',
    references: ['baltzer2025', 'wu2017'],
    scene: {
      subject: ['facet-L5-S1-left'],
      camera: 'oblique',
      focus: ['L5-S1'],
      visible: showKinds(),
      highlighted: ['facet-L5-S1-left'],
      // The tip rests inside the joint, behind L5's inferior process: L5 and the capsule are ghosted round it.
      ghosted: ['L5', 'facet-L5-S1-left-capsule', 'facet-L5-S1-right-capsule'],
      overlays: ['needle-intra-articular'],
    },
  },
  {
    id: 'faq-bone-spurs',
    scene: {
      subject: ['facet-L5-S1-left'],
      labels: ['facet-L5-S1-left'],
      camera: 'lateral',
      focus: ['L5-S1'],
      // No capsule: the spurs on the joint margins, in their own tint, are what this step shows; the foramen view
      // brings the root they crowd.
      visible: { kinds: ['bone', 'disc', 'cartilage', 'cyst'] },
      tintVariants: true,
      compare: true,
      variants: { degeneration: { 'L4-L5': 2, 'L5-S1': 3 } },
      overlays: ['foramen-view'],
    },
  },
  {
    id: 'faq-lstv-hope',
    scene: {
      // Both transitional processes on the alae, the iliolumbar ligaments running out from them.
      subject: ['L5'],
      labels: [lstvPieceId('left', 'pseudo-joint'), 'iliolumbar-ligament-right'],
      // The ala the process meets stays solid where it stands in front of L5.
      solid: ['sacrum'],
      camera: lumbosacralView(62),
      focus: ['L5-S1'],
      visible: showKinds('ligament'),
      highlighted: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      tintVariants: true,
      compare: true,
      variants: { lstv: 'IIb', multifidus: 'trained' },
    },
  },
  {
    id: 'faq-lean-back-always-facet',
    scene: {
      subject: ['disc-L4-L5', 'facet-L4-L5-left', 'ligamentum-flavum-L4-L5'],
      labels: ['disc-L4-L5', 'facet-L4-L5-left', 'ligamentum-flavum-L4-L5'],
      camera: 'superior',
      focus: ['L4-L5'],
      visible: showKinds('ligament', 'nerve'),
      highlighted: ['disc-L4-L5', 'ligamentum-flavum-L4-L5'],
      motion: { extensionDeg: 10 },
      // The facet is loaded in this posture too (the opened joint in the key); the cut shows what else narrows.
      overlays: ['axial-cut', 'pressure-map'],
    },
  },
  {
    id: 'faq-facet-vs-disc',
    scene: {
      subject: ['disc-L4-L5', 'nerve-L5-left', 'facet-L4-L5-left'],
      labels: ['disc-L4-L5', 'nerve-L5-left', 'facet-L4-L5-left'],
      camera: 'lateral',
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['disc-L4-L5-nucleus', 'nerve-L5-left', 'facet-L4-L5-left'],
      xray: true,
      motion: { extensionDeg: -15 },
      overlays: ['referred-pain'],
    },
  },
]);

export const RED_FLAG_STEPS = chapterSteps('red-flags', [
  {
    id: 'red-flags',
    attachment: 'red-flag-list',
    scene: {
      // What the warning signs are about: a trapped nerve root, and the bone itself (fracture, infection, tumour).
      subject: ['L5', 'nerve-L5-left', 'nerve-L5-right'],
      labels: ['nerve-L5-left', 'L5'],
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds('nerve'),
      highlighted: ['nerve-L5-left', 'nerve-L5-right', 'nerve-L4-left', 'nerve-L4-right'],
      xray: true,
    },
  },
]);

export const CONCLUSION_STEPS = chapterSteps('conclusion', [
  {
    id: 'conclusion',
    scene: {
      // The back of one level, as the text names it: the joints, a ligament and the deep muscle over them.
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right', 'interspinous-ligament-L4-L5'],
      labels: ['facet-L4-L5-left', 'interspinous-ligament-L4-L5', 'multifidus-left'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds('muscle', 'ligament'),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right', 'interspinous-ligament-L4-L5', 'multifidus-left'],
      // The muscle lies over the joints: drawn as glass, so both show.
      ghosted: ['multifidus-left', 'multifidus-right'],
      variants: { multifidus: 'trained' },
    },
  },
]);

export const REFERENCE_STEPS = chapterSteps('references', [
  {
    id: 'references',
    attachment: 'reference-list',
    // The joints the studies are about.
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['facet-L4-L5-left'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right'],
    },
  },
]);
