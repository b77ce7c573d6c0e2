import type { CameraPreset, SceneState } from '../story/sceneState';
import type { MotionOverride } from './store';

export interface UserOverrides {
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
  motionOverride: MotionOverride;
}

/** The drawn scene: the step's scene state with the user's own view, x-ray and posture on top. */
export function composeSceneState(step: SceneState, user: UserOverrides): SceneState {
  const { extensionDeg, loop, discHeightLoss, segment } = user.motionOverride;
  return {
    ...step,
    camera: user.viewOverride ?? step.camera,
    xray: user.xrayOverride ?? step.xray,
    focus: segment ? [segment] : step.focus,
    motion: {
      ...step.motion,
      loop: loop ?? step.motion.loop,
      extensionDeg: extensionDeg ?? step.motion.extensionDeg,
      discHeightLoss: discHeightLoss ?? step.motion.discHeightLoss,
    },
  };
}
