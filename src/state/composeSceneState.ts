import type { Segment } from '../anatomy/levels';
import { applyFindings, type Findings } from '../story/findings';
import { withLinkedDiscLoss } from '../story/linkedDiscLoss';
import type { CameraPreset, SceneState } from '../story/sceneState';
import type { MotionOverride } from './store';

/** The joints and disc of one level: the subject when the user picks that level. */
function segmentSubject(segment: Segment): Pick<SceneState, 'subject' | 'labels'> {
  return {
    subject: [`facet-${segment}-left`, `facet-${segment}-right`, `disc-${segment}`],
    labels: [`facet-${segment}-left`, `disc-${segment}`],
  };
}

export interface UserOverrides {
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
  motionOverride: MotionOverride;
  findings: Findings | null;
}

/**
 * The drawn scene: the step's scene state with the reader's own findings in place of the step's variants,
 * the user's own view, x-ray and posture on top, and the disc height loss that degenerated segments imply
 * where nothing sets it.
 */
export function composeSceneState(step: SceneState, user: UserOverrides): SceneState {
  const base = applyFindings(step, user.findings);
  const { extensionDeg, loop, discHeightLoss, segment } = user.motionOverride;
  return withLinkedDiscLoss({
    ...base,
    // A level the user picks in the posture controls becomes what the camera frames and names.
    ...(segment ? segmentSubject(segment) : {}),
    camera: user.viewOverride ?? base.camera,
    xray: user.xrayOverride ?? base.xray,
    focus: segment ? [segment] : base.focus,
    motion: {
      ...base.motion,
      loop: loop ?? base.motion.loop,
      extensionDeg: extensionDeg ?? base.motion.extensionDeg,
      discHeightLoss: discHeightLoss ?? base.motion.discHeightLoss,
    },
  });
}
