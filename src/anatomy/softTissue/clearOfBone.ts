import { Matrix4, Vector3 } from 'three';
import { boneField } from '../bones';
import type { Vec3 } from '../landmarks';
import { BONE_IDS, neutralPose } from '../posture';
import type { Sdf } from '../sdf/surfaceNets';

/** Newton steps allowed when pushing a point out of bone. */
const MAX_STEPS = 8;
const GRADIENT_STEP = 0.05;

interface PlacedField {
  sdf: Sdf;
  worldToLocal: Matrix4;
  localToWorld: Matrix4;
}

let fields: PlacedField[] | undefined;

function placedFields(): PlacedField[] {
  if (!fields) {
    const pose = neutralPose();
    fields = BONE_IDS.map((id) => ({ sdf: boneField(id).sdf, worldToLocal: pose[id].clone().invert(), localToWorld: pose[id] }));
  }
  return fields;
}

/**
 * Moves a point (the centre of a nerve's section, world neutral frame) until it is at least `clearance` mm
 * outside every bone, along the bones' signed-distance gradients: nerves then run beside bone, not through it.
 */
export function clearOfBone(point: Vec3, clearance: number): Vec3 {
  const p = new Vector3(...point);
  const local = new Vector3();
  for (let step = 0; step < MAX_STEPS; step++) {
    let worst: { field: PlacedField; depth: number } | undefined;
    for (const field of placedFields()) {
      local.copy(p).applyMatrix4(field.worldToLocal);
      const depth = clearance - field.sdf(local.x, local.y, local.z);
      if (depth > 0 && (!worst || depth > worst.depth)) worst = { field, depth };
    }
    if (!worst) break;
    local.copy(p).applyMatrix4(worst.field.worldToLocal);
    const { sdf } = worst.field;
    const d = sdf(local.x, local.y, local.z);
    const gradient = new Vector3(
      sdf(local.x + GRADIENT_STEP, local.y, local.z) - d,
      sdf(local.x, local.y + GRADIENT_STEP, local.z) - d,
      sdf(local.x, local.y, local.z + GRADIENT_STEP) - d,
    ).normalize();
    local.addScaledVector(gradient, worst.depth);
    p.copy(local.applyMatrix4(worst.field.localToWorld));
  }
  return [p.x, p.y, p.z];
}
