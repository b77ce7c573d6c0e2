/**
 * What every needle plan has in common: a straight needle from a skin entry on the back to a target, the bone that
 * carries it, its approach angles and its image guidance. World millimetres, neutral pose (anatomy/frame.ts:
 * +X left, +Y up, +Z anterior).
 */
import type { Segment, Side, Vertebra } from '../anatomy/levels';
import type { BoneId } from '../anatomy/posture';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { add, distance, normalize, scale, sub } from '../anatomy/softTissue/vec3';
import { vertebraLayout } from '../anatomy/vertebraLayout';
import { boneToWorld, nearestBone } from './boneField';
import { MIN_SOFT_TISSUE_MM, SKIN_BEHIND_SPINOUS_TIPS_MM, type GuidanceKey } from './data';
import type { NerveName } from './targets';

export type ProcedureId = 'medial-branch-block' | 'intra-articular' | 'prolotherapy' | 'radiofrequency';

export type NeedleTarget =
  | { kind: 'nerve'; nerve: NerveName }
  | { kind: 'joint'; segment: Segment }
  | { kind: 'ligament'; attachment: 'transverse-process' | 'iliac-crest' };

export interface Approach {
  /** Turn of the needle's entry from straight behind toward its own side, degrees. */
  obliqueDeg: number;
  /** Tilt of the entry toward the feet (positive) or the head (negative), degrees. */
  caudalTiltDeg: number;
}

export interface NeedlePlan {
  procedure: ProcedureId;
  side: Side;
  aim: NeedleTarget;
  /** The bone the target sits on: the needle moves with it when the spine bends. */
  bone: BoneId;
  entry: Vec3;
  target: Vec3;
  /** The anatomical landmark the target was taken from. */
  landmark: Vec3;
  /** Polyline from the entry to the target (a straight needle: two points). */
  path: Vec3[];
  /** Unit direction from the entry to the target. */
  direction: Vec3;
  approach: Approach;
  guidance: GuidanceKey;
}

/** World z of the skin of the back behind a lumbar level (coronal plane behind its spinous tip). */
export function skinDepthZ(level: Vertebra): number {
  const [upper, lower] = vertebraLayout(level).spinousTip;
  const tip = boneToWorld(level, [0, (upper[0] + lower[0]) / 2, (upper[1] + lower[1]) / 2]);
  return tip[2] - SKIN_BEHIND_SPINOUS_TIPS_MM;
}

/** Unit direction from a target back toward the skin for given approach angles, on the given side. */
export function backDirection(side: Side, approach: Approach): Vec3 {
  const sign = side === 'left' ? 1 : -1;
  const o = (approach.obliqueDeg * Math.PI) / 180;
  const t = (approach.caudalTiltDeg * Math.PI) / 180;
  return [sign * Math.sin(o) * Math.cos(t), -Math.sin(t), -Math.cos(o) * Math.cos(t)];
}

/** The approach angles of a needle given its unit direction from the target back to the skin. */
function approachOf(side: Side, back: Vec3): Approach {
  const sign = side === 'left' ? 1 : -1;
  return {
    obliqueDeg: (Math.atan2(sign * back[0], -back[2]) * 180) / Math.PI,
    caudalTiltDeg: (Math.asin(Math.max(-1, Math.min(1, -back[1]))) * 180) / Math.PI,
  };
}

/**
 * Where the line from the target along `back` reaches the skin plane at world z = skinZ, and never closer to the
 * target than the thinnest soft-tissue cover (over the iliac crest the bone is almost at the skin).
 */
export function skinEntry(target: Vec3, back: Vec3, skinZ: number): Vec3 {
  if (back[2] >= 0) throw new Error('a needle must come from behind');
  return add(target, scale(back, Math.max(MIN_SOFT_TISSUE_MM, (skinZ - target[2]) / back[2])));
}

const PATH_SAMPLE_MM = 0.5;
/**
 * Far from bone the walk strides by this fraction of the distance to the nearest bone (sphere tracing). The fields
 * are smooth unions and y-squashed rods, whose values can overstate the true distance by up to about 2x, so half
 * a stride keeps every skipped point outside the bone.
 */
const STRIDE_OF_DISTANCE = 0.5;

/**
 * Smallest distance to any built bone along the path, leaving out the last `spareMm` before the target. With
 * `stopAtContact` it returns as soon as the path touches bone (for searches that only need clear / not clear).
 */
export function pathClearance(entry: Vec3, target: Vec3, spareMm = 0.5, stopAtContact = false): number {
  const length = distance(entry, target);
  const dir = normalize(sub(target, entry));
  let clearance = Infinity;
  for (let t = 0; t <= length - spareMm; ) {
    const here = nearestBone(add(entry, scale(dir, t))).distance;
    clearance = Math.min(clearance, here);
    if (stopAtContact && clearance <= 0) return clearance;
    t += Math.max(PATH_SAMPLE_MM, here * STRIDE_OF_DISTANCE);
  }
  return clearance;
}

/** Assembles a straight needle plan from its target and entry. */
export function straightNeedle(fields: Omit<NeedlePlan, 'path' | 'direction' | 'approach'>): NeedlePlan {
  const direction = normalize(sub(fields.target, fields.entry));
  return {
    ...fields,
    path: [fields.entry, fields.target],
    direction,
    approach: approachOf(fields.side, scale(direction, -1)),
  };
}
