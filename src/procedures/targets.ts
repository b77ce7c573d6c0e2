/**
 * The anatomical targets of the procedures, in world millimetres (neutral pose), found on the built bones.
 * Landmarks are read from the vertebra and sacrum layouts and settled onto the bone fields, so a target is a
 * point of the surface the scene draws. (computeLandmarks() in anatomy/landmarks.ts was not yet written when
 * this was; these are computed locally from the same layouts.)
 */
import { Vector3 } from 'three';
import { VERTEBRAE, type Side, type Vertebra } from '../anatomy/levels';
import { neutralPose, type BoneId } from '../anatomy/posture';
import { sacrumLayout } from '../anatomy/sacrumLayout';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { lerp, normalize, sub } from '../anatomy/softTissue/vec3';
import { vertebraLayout } from '../anatomy/vertebraLayout';
import { boneDirectionToWorld, boneDistance, boneToWorld, type FieldBone } from './boneField';
import { ILIOLUMBAR_ILIAC_OFFSET_MM, NOTCH_FROM_ACCESSORY_FRACTION, TP_SAP_JUNCTION } from './data';

/** A nerve that supplies a facet joint: the medial branch of a level, or (at L5) the dorsal ramus itself (§8.1). */
export interface NerveName {
  level: 'T12' | Vertebra;
  branch: 'medial-branch' | 'dorsal-ramus';
}

export interface NerveSite {
  nerve: NerveName;
  /** The bone the nerve lies on at the target, which carries the needle when the spine moves. */
  bone: FieldBone;
  /** The bony landmark: a point of the bone's surface, world mm. */
  landmark: Vec3;
  /** Unit direction the nerve runs from the landmark (distally, caudally). */
  course: Vec3;
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

/** Where a straight posterior ray (the bone's own -Z) through a bone-local (x, y) first meets that bone, local mm. */
function posteriorSurfaceDepth(bone: FieldBone, x: number, y: number): number | undefined {
  const from = boneToWorld(bone, [x, y, -RAY_REACH_MM]);
  const dir = boneDirectionToWorld(bone, [0, 0, 1]);
  const hit = firstBoneContact(bone, from, dir, RAY_REACH_MM);
  if (!hit) return undefined;
  const local = new Vector3(...hit).applyMatrix4(neutralPose()[bone].clone().invert());
  return local.z;
}

/**
 * The TP–SAP junction of a lumbar vertebra (medial-branch target, §8.1): on the posterior surface, in the upper
 * half of the transverse process root, at the bottom of the groove where the SAP's lateral slope meets the TP.
 */
export function tpSapJunction(v: Vertebra, side: Side): Vec3 {
  const s = vertebraLayout(v).sides[side];
  const sign = side === 'left' ? 1 : -1;
  const y = s.transverseRoot[1] + s.transverseRootRadius * TP_SAP_JUNCTION.heightInRootFraction;
  let best: { x: number; z: number } | undefined;
  // From the mammillary process outward along the TP: the groove is the most anterior point of the dorsal surface.
  for (let d = 0; Math.abs(s.mammillary[0]) + d <= Math.abs(s.transverseRoot[0]) + s.transverseRootRadius; d += 0.5) {
    const x = sign * (Math.abs(s.mammillary[0]) + d);
    const z = posteriorSurfaceDepth(v, x, y);
    if (z !== undefined && (!best || z > best.z + TP_SAP_JUNCTION.grooveToleranceMm)) best = { x, z };
  }
  if (!best) throw new Error(`no posterior surface at the ${v} ${side} TP–SAP junction`);
  return boneToWorld(v, [best.x, y, best.z]);
}

/** The notch between the mammillary and accessory processes, at the accessory's height (Demondion 2005, §8.1). */
function mammilloAccessoryNotch(v: Vertebra, side: Side): Vec3 {
  const s = vertebraLayout(v).sides[side];
  const along = lerp(s.accessory, s.mammillary, NOTCH_FROM_ACCESSORY_FRACTION);
  return boneToWorld(v, [along[0], s.accessory[1], along[2]]);
}

/** The medial branch of `nerveLevel` where it crosses the TP–SAP junction of the vertebra below it (§8.1). */
export function medialBranchSite(nerveLevel: 'T12' | Vertebra, side: Side): NerveSite {
  const index = nerveLevel === 'T12' ? 0 : VERTEBRAE.indexOf(nerveLevel) + 1;
  const bone = VERTEBRAE[index];
  if (!bone) throw new Error(`the ${nerveLevel} medial branch is reached at the sacrum: use l5DorsalRamusSite`);
  const landmark = tpSapJunction(bone, side);
  return {
    nerve: { level: nerveLevel, branch: 'medial-branch' },
    bone,
    landmark,
    course: normalize(sub(mammilloAccessoryNotch(bone, side), landmark)),
  };
}

/** The L5 dorsal ramus in the groove between the sacral ala and the S1 superior articular process (§8.1). */
export function l5DorsalRamusSite(side: Side): NerveSite {
  const layout = sacrumLayout().sides[side];
  const [x, y] = layout.alaFacetGroove;
  const depth = posteriorSurfaceDepth('sacrum', x, y);
  if (depth === undefined) throw new Error(`no posterior surface at the ${side} sacral ala groove`);
  // The ramus runs down the groove, along the SAP's base: the S1 joint's downward axis.
  const down = layout.facet.u.map((c) => -c) as Vec3;
  return {
    nerve: { level: 'L5', branch: 'dorsal-ramus' },
    bone: 'sacrum',
    landmark: boneToWorld('sacrum', [x, y, depth]),
    course: normalize(boneDirectionToWorld('sacrum', down)),
  };
}

/** Tip of the L5 transverse process on its surface: the iliolumbar ligament's spinal attachment (§6.3, M). */
export function l5TransverseTip(side: Side): Vec3 {
  const tip = vertebraLayout('L5').sides[side].transverseTip;
  return boneToWorld('L5', tip);
}

/**
 * The ligament's iliac attachment on the inner lip of the crest. The ilia have no layout yet, so it is placed by
 * an offset from the L5 transverse tip (ILIOLUMBAR_ILIAC_OFFSET_MM, D) in the pelvis frame.
 */
export function iliolumbarIliacAttachment(side: Side): Vec3 {
  const sign = side === 'left' ? 1 : -1;
  const o = ILIOLUMBAR_ILIAC_OFFSET_MM;
  const offset = boneDirectionToWorld('sacrum', [sign * o.lateral, -o.caudal, -o.dorsal]);
  const length = Math.hypot(o.lateral, o.caudal, o.dorsal);
  const tip = l5TransverseTip(side);
  return [tip[0] + offset[0] * length, tip[1] + offset[1] * length, tip[2] + offset[2] * length];
}

export const ILIUM_OF_SIDE: Record<Side, BoneId> = { left: 'ilium-left', right: 'ilium-right' };
