import { applyFindings, type Findings } from '../story/findings';
import { withLinkedDiscLoss } from '../story/linkedDiscLoss';
import type { CameraPreset, SceneState } from '../story/sceneState';
import { shareEqual } from './shareEqual';
import type { MotionOverride } from './store';

export interface UserOverrides {
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
  motionOverride: MotionOverride;
  findings: Findings | null;
}

/**
 * The drawn scene: the step's scene state with the reader's own findings in place of the step's variants,
 * the user's own view, x-ray, loop and focus on top, and the disc height loss that degenerated segments imply
 * where nothing sets it. Given the previous result, every part that did not change keeps its identity.
 * (The reader's trunk angle and disc height loss are per-frame values: they live in posture.ts.)
 */
export function composeSceneState(step: SceneState, user: UserOverrides, previous?: SceneState): SceneState {
  const base = applyFindings(step, user.findings);
  const { loop, segment } = user.motionOverride;
  const composed = withLinkedDiscLoss({
    ...base,
    camera: user.viewOverride ?? base.camera,
    xray: user.xrayOverride ?? base.xray,
    focus: segment ? [segment] : base.focus,
    motion: { ...base.motion, loop: loop ?? base.motion.loop },
  });
  return previous ? shareEqual(previous, composed) : composed;
}
