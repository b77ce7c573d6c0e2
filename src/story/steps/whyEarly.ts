import { lstvPieceId } from '../../anatomy/structureIds';
import { cascadeScene } from '../cascadePresets';
import { lumbosacralView } from '../jointViews';
import { chapterSteps, showKinds } from './define';

/**
 * Why facets wear out early: LSTV and Bertolotti, the weak iliolumbar ligament, inflammation, and
 * the Kirkaldy-Willis cascade, whose three phases come from cascadePresets.ts (the disc height loss
 * follows each grade, §12.6: grade 1/2/3 ↔ 10/25/40%, Fujiwara 1999: disc first).
 */
export const WHY_EARLY_STEPS = chapterSteps('why-early', [
  {
    id: 'early-overview',
    scene: {
      subject: ['L5', 'sacrum', 'iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      labels: ['L5', 'iliolumbar-ligament-left'],
      camera: 'posterior',
      visible: showKinds('ligament'),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right', 'iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      variants: { degeneration: { 'L4-L5': 1, 'L5-S1': 1 } },
      overlays: ['inflammation'],
    },
  },
  {
    id: 'lstv',
    references: ['konin2010', 'nardo2012'],
    scene: {
      // L5 with its transitional process (a piece of L5): from one tip to the other, the alae under them. From
      // behind with the pelvis ghosted, the transitional process in its own tint beside the normal one.
      subject: ['L5'],
      labels: [lstvPieceId('left', 'pseudo-joint'), 'L5'],
      // The ala the process meets stays solid where it stands in front of L5.
      solid: ['sacrum'],
      camera: lumbosacralView(62),
      focus: ['L5-S1'],
      visible: { kinds: ['bone', 'disc'] },
      tintVariants: true,
      compare: true,
      variants: { lstv: 'IIa', lstvSide: 'left' },
    },
  },
  {
    id: 'bertolotti',
    references: ['quinlan2006', 'konin2010'],
    scene: {
      subject: ['L5'],
      labels: [lstvPieceId('left', 'fused'), 'L5'],
      // The ala the process meets stays solid where it stands in front of L5.
      solid: ['sacrum'],
      camera: lumbosacralView(62),
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-right'],
      tintVariants: true,
      compare: true,
      variants: { lstv: 'IIIa', lstvSide: 'left' },
    },
  },
  {
    id: 'iliolumbar-ligament',
    references: ['aihara2005'],
    scene: {
      subject: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      labels: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right'],
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds('ligament'),
      highlighted: ['iliolumbar-ligament-left', 'iliolumbar-ligament-right', 'facet-L4-L5-left', 'facet-L4-L5-right'],
      tintVariants: true,
      compare: true,
      variants: { lstv: 'IIa', lstvSide: 'left' },
    },
  },
  {
    id: 'inflammation',
    references: ['jaumard2011'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right'],
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
    id: 'cascade-dysfunction',
    references: ['kirkaldyWillis1978'],
    scene: {
      subject: ['facet-L4-L5-left', 'disc-L4-L5'],
      labels: ['facet-L4-L5-left-cartilage-upper', 'disc-L4-L5'],
      camera: 'lateral',
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left-cartilage-upper', 'facet-L4-L5-left-cartilage-lower', 'disc-L4-L5'],
      xray: true,
      compare: true,
      ...cascadeScene('dysfunction'),
    },
  },
  {
    id: 'cascade-instability',
    references: ['kirkaldyWillis1978', 'fujiwara1999'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      labels: ['facet-L4-L5-left-capsule'],
      camera: 'oblique',
      focus: ['L4-L5'],
      visible: showKinds('muscle'),
      highlighted: ['facet-L4-L5-left-capsule', 'facet-L4-L5-right-capsule'],
      // The muscle is drawn as glass: its weakening is part of this phase, but the joints behind it are the subject.
      ghosted: ['multifidus-left', 'multifidus-right'],
      compare: true,
      ...cascadeScene('instability'),
    },
  },
  {
    id: 'cascade-stabilisation',
    references: ['kirkaldyWillis1978'],
    scene: {
      subject: ['facet-L4-L5-left', 'nerve-L4-left'],
      labels: ['facet-L4-L5-left', 'nerve-L4-left'],
      camera: 'lateral',
      focus: ['L4-L5'],
      // No capsule: the spurs on the joint margins, in their own tint, crowd the root in the foramen.
      visible: { kinds: ['bone', 'disc', 'cartilage', 'cyst', 'nerve'] },
      highlighted: ['nerve-L4-left'],
      tintVariants: true,
      compare: true,
      ...cascadeScene('stabilisation'),
    },
  },
]);
