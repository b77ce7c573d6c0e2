import { chapterSteps, showKinds } from './define';
import { L4_L5_FACE_GHOSTS, L4_L5_FACE_VIEW } from './leanBack';

/**
 * Telling facet pain apart: the quick clues, the usual pattern, referred pain, relief on bending,
 * the differential table and the diagnostic medial branch block. The L4-L5 joint is supplied by the
 * L3 and L4 medial branches (reference sheet §8.1), so the block steps mark both.
 */
export const TELLING_APART_STEPS = chapterSteps('telling-apart', [
  {
    id: 'three-clues',
    scene: {
      subject: ['facet-L4-L5-right', 'disc-L4-L5'],
      labels: ['facet-L4-L5-right'],
      // The loaded face as the spine leans back and forth, the disc beside it (L4 ghosted over the joint).
      camera: L4_L5_FACE_VIEW,
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['facet-L4-L5-right-cartilage-lower', 'disc-L4-L5'],
      ghosted: L4_L5_FACE_GHOSTS,
      motion: { loop: 'lean-back' },
      overlays: ['pressure-map'],
    },
  },
  {
    id: 'typical-symptoms',
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L4-L5-right', 'facet-L5-S1-left', 'facet-L5-S1-right'],
      labels: ['facet-L4-L5-left', 'facet-L4-L5-right'],
      // From behind: the sore joints sit on both sides of the midline, deep, not on the spinous processes; the back
      // muscles over them would hide exactly that.
      camera: 'posterior',
      focus: ['L4-L5', 'L5-S1'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L4-L5-right', 'facet-L5-S1-left', 'facet-L5-S1-right'],
      motion: { loop: 'lean-back' },
    },
  },
  {
    id: 'referred-pain',
    references: ['marks1989', 'fukui1997'],
    scene: {
      subject: ['facet-L4-L5-left', 'facet-L5-S1-left'],
      camera: 'posterior',
      visible: showKinds(),
      highlighted: ['facet-L4-L5-left', 'facet-L5-S1-left'],
      overlays: ['referred-pain'],
    },
  },
  {
    id: 'flexion-relief',
    references: ['adams1980'],
    scene: {
      subject: ['facet-L4-L5-right'],
      labels: ['facet-L4-L5-right'],
      camera: L4_L5_FACE_VIEW,
      focus: ['L4-L5'],
      visible: showKinds(),
      highlighted: ['facet-L4-L5-right-cartilage-lower', 'disc-L4-L5'],
      ghosted: L4_L5_FACE_GHOSTS,
      motion: { extensionDeg: -25 },
      overlays: ['pressure-map'],
    },
  },
  {
    id: 'differential-table',
    references: ['marks1989', 'fortin1994'],
    attachment: 'differential-table',
    scene: {
      subject: ['facet-L5-S1-left', 'disc-L5-S1', 'ilium-left', 'multifidus-left'],
      labels: ['facet-L5-S1-left', 'disc-L5-S1', 'ilium-left', 'multifidus-left'],
      camera: 'oblique',
      visible: showKinds('muscle'),
      highlighted: ['facet-L5-S1-left', 'disc-L5-S1', 'ilium-left', 'multifidus-left'],
      xray: true,
    },
  },
  {
    id: 'diagnostic-block',
    references: ['laslett2006', 'cohen2020'],
    scene: {
      subject: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      labels: ['medial-branch-L3-left', 'medial-branch-L4-left'],
      camera: 'posterior',
      focus: ['L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['medial-branch-L3-left', 'medial-branch-L4-left', 'facet-L4-L5-left'],
      overlays: ['needle-medial-branch-block'],
    },
  },
  {
    id: 'block-two-tests',
    references: ['schwarzer1994'],
    scene: {
      subject: ['medial-branch-L3-left', 'medial-branch-L4-left', 'medial-branch-L3-right', 'medial-branch-L4-right'],
      camera: 'oblique',
      focus: ['L3-L4', 'L4-L5'],
      visible: showKinds('nerve'),
      highlighted: ['medial-branch-L3-left', 'medial-branch-L4-left', 'medial-branch-L3-right', 'medial-branch-L4-right'],
      xray: true,
      overlays: ['needle-medial-branch-block'],
    },
  },
]);
