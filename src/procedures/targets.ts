/**
 * The anatomical targets of the procedures, in world millimetres (neutral pose), read from the shared landmarks
 * (anatomy/landmarks.ts, read as baked at build time), which sit on the built bones. Only the nerves' direction is derived here.
 */
import { bakedLandmarks } from '../anatomy/bakedLandmarks';
import type { Landmarks } from '../anatomy/landmarks';
import { VERTEBRAE, type Side, type Vertebra } from '../anatomy/levels';
import type { BoneId } from '../anatomy/posture';
import { sacrumLayout } from '../anatomy/sacrumLayout';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { lerp, normalize, sub } from '../anatomy/softTissue/vec3';
import { boneDirectionToWorld, boneDistance, type FieldBone } from './boneField';
import { NOTCH_FROM_ACCESSORY_FRACTION } from './data';

/** A nerve that supplies a facet joint: the medial branch of a level, or (at L5) the dorsal ramus itself (§8.1). */
export interface NerveName {
  level: 'T12' | Vertebra;
  branch: 'medial-branch' | 'dorsal-ramus';
}

export interface NerveSite {
  nerve: NerveName;
  /** The bone the nerve lies on at the target, which carries the needle when the spine moves. */
  bone: FieldBone;
  /** The bony landmark (a point of the bone's surface), world mm. */
  landmark: Vec3;
  /** Unit direction the nerve runs from the landmark (distally, caudally). */
  course: Vec3;
}

let landmarks: Landmarks | undefined;

/** The shared landmarks, read once (they only depend on the measured tables). */
export function procedureLandmarks(): Landmarks {
  landmarks ??= bakedLandmarks();
  return landmarks;
}

const RAY_STEP_MM = 0.25;
const RAY_REACH_MM = 120;

/** First surface point of a bone met by a ray from `from` along the unit `dir` (world), or undefined. */
export function firstBoneContact(bone: FieldBone, from: Vec3, dir: Vec3, reach = RAY_REACH_MM): Vec3 | undefined {
  for (let t = 0; t <= reach; t += RAY_STEP_MM) {
    const p: Vec3 = [from[0] + dir[0] * t, from[1] + dir[1] * t, from[2] + dir[2] * t];
    if (boneDistance(bone, p) <= 0) return p;
  }
  return undefined;
}

/**
 * Below the TP–SAP junction the medial branch runs down under the mamillo-accessory ligament, in the notch between
 * the mammillary and accessory processes, closer to the accessory (Demondion 2005, §8.1, S). Its course is taken
 * from the junction to that notch, at the accessory process's height.
 */
function medialBranchCourse(v: Vertebra, side: Side): Vec3 {
  const s = procedureLandmarks().vertebrae[v].sides[side];
  const notch = lerp(s.accessory, s.mammillary, NOTCH_FROM_ACCESSORY_FRACTION);
  const down = normalize(boneDirectionToWorld(v, [0, -1, 0]));
  // At the accessory's height along the bone's own axis.
  const drop = (s.accessory[0] - notch[0]) * down[0] + (s.accessory[1] - notch[1]) * down[1] + (s.accessory[2] - notch[2]) * down[2];
  const atAccessoryHeight: Vec3 = [notch[0] + down[0] * drop, notch[1] + down[1] * drop, notch[2] + down[2] * drop];
  return normalize(sub(atAccessoryHeight, s.tpSapJunction));
}

/** The medial branch of `nerveLevel` where it crosses the TP–SAP junction of the vertebra below it (§8.1). */
export function medialBranchSite(nerveLevel: 'T12' | Vertebra, side: Side): NerveSite {
  const index = nerveLevel === 'T12' ? 0 : VERTEBRAE.indexOf(nerveLevel) + 1;
  const bone = VERTEBRAE[index];
  if (!bone) throw new Error(`the ${nerveLevel} medial branch is reached at the sacrum: use l5DorsalRamusSite`);
  return {
    nerve: { level: nerveLevel, branch: 'medial-branch' },
    bone,
    landmark: procedureLandmarks().vertebrae[bone].sides[side].tpSapJunction,
    course: medialBranchCourse(bone, side),
  };
}

/** The L5 dorsal ramus in the groove between the sacral ala and the S1 superior articular process (§8.1). */
export function l5DorsalRamusSite(side: Side): NerveSite {
  // The ramus runs down the groove, along the SAP's base: the S1 joint's downward axis.
  const up = sacrumLayout().sides[side].facet.u;
  return {
    nerve: { level: 'L5', branch: 'dorsal-ramus' },
    bone: 'sacrum',
    landmark: procedureLandmarks().sacrum.sides[side].alaFacetGroove,
    course: normalize(boneDirectionToWorld('sacrum', [-up[0], -up[1], -up[2]])),
  };
}

/** Tip of the L5 transverse process: the iliolumbar ligament's spinal attachment (§6.3, M). */
export function l5TransverseTip(side: Side): Vec3 {
  return procedureLandmarks().vertebrae.L5.sides[side].transverseTip;
}

/** The ligament's insertion on the iliac crest. */
export function iliolumbarIliacAttachment(side: Side): Vec3 {
  return procedureLandmarks().ilia[side].iliolumbarInsertion;
}

export const ILIUM_OF_SIDE: Record<Side, BoneId> = { left: 'ilium-left', right: 'ilium-right' };
