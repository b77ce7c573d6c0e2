import type { CameraPreset, SceneState } from '../story/sceneState';

export interface UserOverrides {
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
}

/** The drawn scene: the step's scene state with the user's own view and x-ray choice on top. */
export function composeSceneState(step: SceneState, user: UserOverrides): SceneState {
  return {
    ...step,
    camera: user.viewOverride ?? step.camera,
    xray: user.xrayOverride ?? step.xray,
  };
}
