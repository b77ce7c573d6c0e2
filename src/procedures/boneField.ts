/**
 * The built bones as signed-distance fields in the world (neutral pose, mm): the same fields the model generator
 * meshes (anatomy/bones.ts), so a needle tested against them is tested against the bones the scene draws, within
 * the meshing voxel.
 */
import { Matrix4, Vector3 } from 'three';
import { boneField } from '../anatomy/bones';
import { BONE_IDS, neutralPose, type BoneId } from '../anatomy/posture';
import type { Bounds } from '../anatomy/meshData';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { normalize } from '../anatomy/softTissue/vec3';

export type FieldBone = BoneId;
const FIELD_BONES: readonly FieldBone[] = BONE_IDS;

interface BoneFieldEntry {
  sdf: (x: number, y: number, z: number) => number;
  /** The field's meshing box in the bone's frame: outside it the distance is at least the distance to the box. */
  bounds: Bounds;
  worldToLocal: Matrix4;
  localToWorld: Matrix4;
}

let fields: Map<FieldBone, BoneFieldEntry> | undefined;

function boneFields(): Map<FieldBone, BoneFieldEntry> {
  if (fields) return fields;
  const pose = neutralPose();
  fields = new Map();
  for (const bone of FIELD_BONES) {
    const field = boneField(bone);
    fields.set(bone, { sdf: field.sdf, bounds: field.bounds, localToWorld: pose[bone], worldToLocal: pose[bone].clone().invert() });
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

function distanceToBox(p: Vector3, box: Bounds): number {
  const dx = Math.max(box.min[0] - p.x, 0, p.x - box.max[0]);
  const dy = Math.max(box.min[1] - p.y, 0, p.y - box.max[1]);
  const dz = Math.max(box.min[2] - p.z, 0, p.z - box.max[2]);
  return Math.hypot(dx, dy, dz);
}

const local = new Vector3();

/** The nearest bone to a world point and the distance to it (bones whose box is farther are not evaluated). */
export function nearestBone(world: Vec3): { bone: FieldBone; distance: number } {
  let best: { bone: FieldBone; distance: number } = { bone: 'sacrum', distance: Infinity };
  for (const bone of FIELD_BONES) {
    const e = entry(bone);
    local.set(...world).applyMatrix4(e.worldToLocal);
    if (distanceToBox(local, e.bounds) >= best.distance) continue;
    const distance = e.sdf(local.x, local.y, local.z);
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

/** A bone-local point (mm) carried into the world by the neutral pose. */
export function boneToWorld(bone: BoneId, local: Vec3): Vec3 {
  return new Vector3(...local).applyMatrix4(neutralPose()[bone]).toArray() as Vec3;
}

/** A bone-local direction carried into the world. */
export function boneDirectionToWorld(bone: BoneId, local: Vec3): Vec3 {
  return new Vector3(...local).transformDirection(neutralPose()[bone]).toArray() as Vec3;
}
