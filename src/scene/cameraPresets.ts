import { Vector3 } from 'three';
import type { CameraPreset } from '../story/sceneState';

/**
 * Where each named view looks from, as a unit direction from the target toward the camera in the
 * anatomical frame (+Y superior, +Z anterior, +X patient's left).
 * Lateral looks from the patient's left so that anterior is on the screen's left, as in the
 * reference renders; superior looks down with a slight anterior offset so the back is at the top.
 */
const PRESET_DIRECTIONS: Record<CameraPreset, [number, number, number]> = {
  lateral: [1, 0.05, 0],
  posterior: [0, 0.1, -1],
  superior: [0, 1, 0.02],
  oblique: [0.75, 0.35, -0.65],
  anterior: [0, 0.1, 1],
};

export interface CameraPoseVectors {
  position: Vector3;
  target: Vector3;
}

export function presetDirection(preset: CameraPreset): Vector3 {
  return new Vector3(...PRESET_DIRECTIONS[preset]).normalize();
}
