import { Matrix4 } from 'three';
import { SCENE_UNITS_PER_MM } from './frame';

/**
 * The one place where millimetres become glTF metres. Positions and node translations are scaled here
 * (rather than under one scaled root node) because three's SkinnedMesh applies its own node transform on top
 * of the joints': a scaled root would scale skinned tissue twice.
 */
export function positionsToSceneUnits(positionsMm: Float32Array): Float32Array {
  return positionsMm.map((v) => v * SCENE_UNITS_PER_MM);
}

/** A rigid transform in millimetres as the same transform in scene units (translation scaled). */
export function matrixToSceneUnits(matrixMm: Matrix4): Matrix4 {
  const m = matrixMm.clone();
  m.elements[12] = m.elements[12]! * SCENE_UNITS_PER_MM;
  m.elements[13] = m.elements[13]! * SCENE_UNITS_PER_MM;
  m.elements[14] = m.elements[14]! * SCENE_UNITS_PER_MM;
  return m;
}
