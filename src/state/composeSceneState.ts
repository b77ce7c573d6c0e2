import { discId, facetJointId } from '../anatomy/structureIds';
import type { Segment } from '../anatomy/levels';
import { compareChange, showAnatomy, type CompareChange } from '../story/compare';
import { applyFindings, type Findings } from '../story/findings';
import { withLinkedDiscLoss } from '../story/linkedDiscLoss';
import { labelsForVariants } from '../story/variantLabels';
import type { AnatomyShown, CameraPreset, SceneState } from '../story/sceneState';
import { shareEqual } from './shareEqual';
import type { MotionOverride } from './store';

/** The joints and disc of one level: the subject when the user picks that level. */
function segmentSubject(segment: Segment): Pick<SceneState, 'subject' | 'labels'> {
  return {
    subject: [facetJointId(segment, 'left'), facetJointId(segment, 'right'), discId(segment)],
    labels: [facetJointId(segment, 'left'), discId(segment)],
  };
}

export interface UserOverrides {
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
  motionOverride: MotionOverride;
  findings: Findings | null;
  anatomyOverride: AnatomyShown | null;
}

/**
 * The scene with its changes: the step's scene state with the reader's own findings in place of the step's variants,
 * the user's own view, x-ray, loop and focus on top, and the disc height loss that degenerated segments imply where
 * nothing sets it. The reader's findings are what a doctor explains: they are tinted and offer the compare.
 * (The reader's trunk angle and disc height loss are per-frame values: they live in posture.ts.)
 */
function composeChanged(step: SceneState, user: UserOverrides): SceneState {
  const base = applyFindings(step, user.findings);
  const { loop, segment } = user.motionOverride;
  const ownFindings = user.findings !== null;
  return withLinkedDiscLoss({
    ...base,
    // A level the user picks in the posture controls becomes what the camera frames and names.
    ...(segment ? segmentSubject(segment) : {}),
    camera: user.viewOverride ?? base.camera,
    xray: user.xrayOverride ?? base.xray,
    focus: segment ? [segment] : base.focus,
    tintVariants: base.tintVariants || ownFindings,
    compare: base.compare || ownFindings,
    motion: { ...base.motion, loop: loop ?? base.motion.loop },
  });
}

export interface ComposedScene {
  /** What the scene draws. */
  state: SceneState;
  /** What the before-and-after toggle switches, or null when the scene offers none. */
  compare: CompareChange | null;
}

/**
 * The drawn scene: the changed one, or the normal anatomy in its place where the compare offers and asks for it.
 * Given the previous drawn state, every part that did not change keeps its identity (structural sharing).
 */
export function composeScene(step: SceneState, user: UserOverrides, previous?: SceneState): ComposedScene {
  const changed = composeChanged(step, user);
  const compare = changed.compare ? compareChange(changed) : null;
  const shown = compare ? (user.anatomyOverride ?? changed.anatomy) : 'changed';
  const state = labelsForVariants(showAnatomy(changed, shown));
  return { state: previous ? shareEqual(previous, state) : state, compare };
}

/** The drawn scene state alone. */
export function composeSceneState(step: SceneState, user: UserOverrides, previous?: SceneState): SceneState {
  return composeScene(step, user, previous).state;
}
