/**
 * The neutral standing posture: where each bone's local frame sits in the anatomical world frame (frame.ts).
 *
 * Local frames:
 * - Vertebra L1-L5: origin at the body centre, +Y along the body axis, +Z anterior, +X left (vertebraBody.ts).
 * - Sacrum: origin at the centre of the S1 upper endplate, +Y its normal (cranial), +Z anterior along the
 *   endplate, +X left. Its pose is the sacral slope: a rotation about X tilting the endplate forward and down.
 * - Ilia: modelled in the sacrum's frame (they move with the pelvis), so they share the sacrum's pose.
 * The chain runs from the sacrum upward: each disc adds its rim height and wedge (alignment.ts), each body its
 * own height and wedge, so every segment's lordosis is the tabled one.
 */
import { Matrix4 } from './vectorMath';
import { discGeometry } from './alignment';
import { SPINE_ALIGNMENT } from './data/discs';
import { SEGMENTS, type Segment, type Vertebra } from './levels';
import { bodyShape } from './vertebraBody';

export type BoneId = Vertebra | 'sacrum' | 'ilium-left' | 'ilium-right';

export const BONE_IDS: readonly BoneId[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum', 'ilium-left', 'ilium-right'];


const DEG = Math.PI / 180;

function rotationX(degrees: number): Matrix4 {
  return new Matrix4().makeRotationX(degrees * DEG);
}

function translationY(mm: number): Matrix4 {
  return new Matrix4().makeTranslation(0, mm, 0);
}

/** Upper-endplate frame of a vertebra in its local frame (origin at the rim-plane centre, +Y its normal). */
export function upperEndplateFrame(v: Vertebra): Matrix4 {
  const s = bodyShape(v);
  return translationY(s.halfHeight).multiply(rotationX(-Math.atan(s.wedgeSlope) / DEG));
}

function lowerEndplateFrame(v: Vertebra): Matrix4 {
  const s = bodyShape(v);
  return translationY(-s.halfHeight).multiply(rotationX(Math.atan(s.wedgeSlope) / DEG));
}

/** Pose of the sacrum (and the ilia): the S1 endplate tilted forward by the sacral slope about the origin. */
export function pelvisPose(): Matrix4 {
  return rotationX(SPINE_ALIGNMENT.sacralSlope);
}

function computeNeutralPose(): Record<BoneId, Matrix4> {
  const pelvis = pelvisPose();
  const pose = { sacrum: pelvis, 'ilium-left': pelvis.clone(), 'ilium-right': pelvis.clone() } as Record<BoneId, Matrix4>;
  let lowerUpperEndplate = pelvis.clone();
  for (const segment of [...SEGMENTS].reverse() as Segment[]) {
    const upper = segment.split('-')[0] as Vertebra;
    const disc = discGeometry(segment);
    // The disc: rise by the centre rim height along the lower endplate normal, then tilt back by the disc wedge.
    const upperLowerEndplate = lowerUpperEndplate.clone().multiply(translationY(disc.centreRim)).multiply(rotationX(-disc.wedge));
    const boneMatrix = upperLowerEndplate.clone().multiply(lowerEndplateFrame(upper).invert());
    pose[upper] = boneMatrix;
    lowerUpperEndplate = boneMatrix.clone().multiply(upperEndplateFrame(upper));
  }
  return pose;
}

let cached: Record<BoneId, Matrix4> | undefined;

/** Bone-local mm → world mm for every bone in the neutral standing posture (fresh copies, safe to mutate). */
export function neutralPose(): Record<BoneId, Matrix4> {
  cached ??= computeNeutralPose();
  const copy = {} as Record<BoneId, Matrix4>;
  for (const id of BONE_IDS) copy[id] = cached[id].clone();
  return copy;
}
