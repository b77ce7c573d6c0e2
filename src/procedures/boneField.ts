/**
 * The built bones as signed-distance fields in the world (neutral pose, mm): the same fields the model generator
 * meshes, so a needle tested against them is tested against the bones the scene draws. The ilia have no field
 * yet, so paths are checked against the lumbar vertebrae and the sacrum only.
 */
import { Matrix4, Vector3 } from 'three';
import { VERTEBRAE } from '../anatomy/levels';
import { neutralPose, type BoneId } from '../anatomy/posture';
import { sacrumSdf } from '../anatomy/sacrumSdf';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { normalize } from '../anatomy/softTissue/vec3';
import { vertebraSdf } from '../anatomy/vertebraSdf';

export type FieldBone = (typeof VERTEBRAE)[number] | 'sacrum';
export const FIELD_BONES: readonly FieldBone[] = [...VERTEBRAE, 'sacrum'];

interface BoneFieldEntry {
  sdf: (x: number, y: number, z: number) => number;
  worldToLocal: Matrix4;
  localToWorld: Matrix4;
}

let fields: Map<FieldBone, BoneFieldEntry> | undefined;

function boneFields(): Map<FieldBone, BoneFieldEntry> {
  if (fields) return fields;
  const pose = neutralPose();
  fields = new Map();
  for (const bone of FIELD_BONES) {
    const sdf = bone === 'sacrum' ? sacrumSdf() : vertebraSdf(bone);
    fields.set(bone, { sdf, localToWorld: pose[bone], worldToLocal: pose[bone].clone().invert() });
  }
  return fields;
}

function entry(bone: FieldBone): BoneFieldEntry {
  const found = boneFields().get(bone);
  if (!found) throw new Error(`no field for ${bone}`);
  return found;
}

/** Signed distance (mm, negative inside) from a world point to one bone's surface. */
export function boneDistance(bone: FieldBone, world: Vec3): number {
  const e = entry(bone);
  const p = new Vector3(...world).applyMatrix4(e.worldToLocal);
  return e.sdf(p.x, p.y, p.z);
}

/** The nearest bone to a world point and the distance to it. */
export function nearestBone(world: Vec3): { bone: FieldBone; distance: number } {
  let best: { bone: FieldBone; distance: number } = { bone: 'sacrum', distance: Infinity };
  for (const bone of FIELD_BONES) {
    const distance = boneDistance(bone, world);
    if (distance < best.distance) best = { bone, distance };
  }
  return best;
}

const GRADIENT_STEP_MM = 0.05;

/** Outward unit normal of a bone's surface near a world point (the field's gradient). */
export function boneNormal(bone: FieldBone, world: Vec3): Vec3 {
  const h = GRADIENT_STEP_MM;
  const d = (dx: number, dy: number, dz: number) => boneDistance(bone, [world[0] + dx, world[1] + dy, world[2] + dz]);
  return normalize([d(h, 0, 0) - d(-h, 0, 0), d(0, h, 0) - d(0, -h, 0), d(0, 0, h) - d(0, 0, -h)]);
}

/** Slides a world point onto the bone's surface along the field's gradient. */
export function projectOntoBone(bone: FieldBone, world: Vec3): Vec3 {
  let p: Vec3 = [...world];
  for (let i = 0; i < 20; i++) {
    const distance = boneDistance(bone, p);
    if (Math.abs(distance) < 0.01) break;
    const n = boneNormal(bone, p);
    p = [p[0] - n[0] * distance, p[1] - n[1] * distance, p[2] - n[2] * distance];
  }
  return p;
}

/** A bone-local point (mm) carried into the world by the neutral pose. */
export function boneToWorld(bone: BoneId, local: Vec3): Vec3 {
  return new Vector3(...local).applyMatrix4(neutralPose()[bone]).toArray() as Vec3;
}

/** A bone-local direction carried into the world. */
export function boneDirectionToWorld(bone: BoneId, local: Vec3): Vec3 {
  return new Vector3(...local).transformDirection(neutralPose()[bone]).toArray() as Vec3;
}
