/**
 * The tips of a vertebra's inferior articular processes and the bone below them. When a disc loses height the
 * upper vertebra sinks and these tips come down onto the lamina (pars) of the vertebra below: the "extra-
 * articular impingement" through which narrowed discs hand up to 70 % of the load to the posterior arch (§5.1).
 * Distances come from the bones' own signed-distance fields (anatomy/bones.ts), the surfaces the meshes are made of.
 */
import { Matrix4, Vector3 } from 'three';
import { boneField } from '../anatomy/bones';
import { facetFrameInUpperBone, fromJoint } from '../anatomy/facetFrames';
import type { Vec3 } from '../anatomy/landmarks';
import { SIDES, segmentLevels, type Segment, type Side } from '../anatomy/levels';
import type { BoneId } from '../anatomy/posture';
import type { Sdf } from '../anatomy/sdf/surfaceNets';
import { IMPINGEMENT } from './data';

/** Step of the downward search for the tip, mm. */
const TIP_SEARCH_STEP_MM = 0.25;

export function segmentBones(segment: Segment): { upper: BoneId; lower: BoneId } {
  const [upper, lower] = segmentLevels(segment);
  return { upper: upper as BoneId, lower: lower === 'S1' ? 'sacrum' : (lower as BoneId) };
}

const fields = new Map<BoneId, Sdf>();
function boneSdf(id: BoneId): Sdf {
  let sdf = fields.get(id);
  if (!sdf) fields.set(id, (sdf = boneField(id).sdf));
  return sdf;
}

const lowerBorders = new Map<string, Vector3[]>();

/**
 * Points along the lower border of the inferior articular process, in the upper bone's local frame: from a
 * grid of points inside the process (across its width, and from its facet back through its thickness),
 * walk down the joint plane until leaving the bone. Built once per joint.
 */
export function inferiorProcessLowerBorder(segment: Segment, side: Side): Vector3[] {
  const key = `${segment}-${side}`;
  let border = lowerBorders.get(key);
  if (!border) {
    const frame = facetFrameInUpperBone(segment, side);
    const sdf = boneSdf(segmentBones(segment).upper);
    border = [];
    for (const t of [-frame.width / 4, 0, frame.width / 4]) {
      for (const depth of [1, 2.5, 4, 5.5, 7]) {
        const n = frame.gap / 2 + depth;
        if (sdf(...fromJoint(frame, t, 0, n)) >= 0) continue; // not inside the process at the joint's centre height
        let u = 0;
        while (u > -2 * frame.height && sdf(...fromJoint(frame, t, u - TIP_SEARCH_STEP_MM, n)) < 0) u -= TIP_SEARCH_STEP_MM;
        border.push(new Vector3(...fromJoint(frame, t, u, n)));
      }
    }
    lowerBorders.set(key, border);
  }
  return border.map((p) => p.clone());
}

/** The tip: the lowest point of the process's lower border along its joint plane, upper-bone local. */
export function inferiorProcessTip(segment: Segment, side: Side): Vector3 {
  const up = new Vector3(...facetFrameInUpperBone(segment, side).u);
  return inferiorProcessLowerBorder(segment, side).reduce((low, p) => (p.dot(up) < low.dot(up) ? p : low));
}

interface BorderClearance {
  /** The border point nearest the lower bone, lower-bone local. */
  point: Vector3;
  clearanceMm: number;
}

function nearestBorderPoint(segment: Segment, side: Side, upperToLower: Matrix4): BorderClearance {
  const sdf = boneSdf(segmentBones(segment).lower);
  let best: BorderClearance = { point: new Vector3(), clearanceMm: Infinity };
  for (const p of inferiorProcessLowerBorder(segment, side)) {
    p.applyMatrix4(upperToLower);
    const clearanceMm = sdf(p.x, p.y, p.z);
    if (clearanceMm < best.clearanceMm) best = { point: p, clearanceMm };
  }
  return best;
}

/**
 * Distance from the process's lower border to the lower bone's surface, mm (negative: inside it), for the
 * upper-local → lower-local map.
 */
export function tipClearanceMm(segment: Segment, side: Side, upperToLower: Matrix4): number {
  return nearestBorderPoint(segment, side, upperToLower).clearanceMm;
}

/** The point of the lower bone's surface nearest to a point given in its local frame (Newton steps along the gradient). */
export function nearestOnLowerBone(segment: Segment, local: Vector3): Vector3 {
  const sdf = boneSdf(segmentBones(segment).lower);
  const p = local.clone();
  const e = 0.05;
  for (let i = 0; i < 8; i++) {
    const d = sdf(p.x, p.y, p.z);
    const g = new Vector3(sdf(p.x + e, p.y, p.z) - d, sdf(p.x, p.y + e, p.z) - d, sdf(p.x, p.y, p.z + e) - d).divideScalar(e);
    p.addScaledVector(g, -d / Math.max(g.lengthSq(), 1e-6));
  }
  return p;
}

export interface TipImpingement {
  /** The point of the upper vertebra's inferior articular process (its lower border) nearest the bone below, posed world, mm. */
  tip: Vec3;
  /** Nearest point of the bone below (its lamina / pars), posed world, mm: where to show the contact. */
  contact: Vec3;
  /** Tip-to-bone distance, mm; 0 when the sinking vertebra has come to rest on its tips. */
  clearanceMm: number;
  /** The tip bears on the bone below: a severely narrowed disc and a tip within touching distance. */
  impinging: boolean;
}

/** Facet-tip impingement of one segment's two joints for posed bones (bone-local → posed world). */
export function impingement(
  segment: Segment,
  posed: Record<BoneId, Matrix4>,
  discHeightLoss: number,
): Record<Side, TipImpingement> {
  const { upper, lower } = segmentBones(segment);
  const upperToLower = posed[lower].clone().invert().multiply(posed[upper]);
  const result = {} as Record<Side, TipImpingement>;
  for (const side of SIDES) {
    const { point, clearanceMm } = nearestBorderPoint(segment, side, upperToLower);
    const contact = nearestOnLowerBone(segment, point).applyMatrix4(posed[lower]);
    const tip = point.clone().applyMatrix4(posed[lower]);
    result[side] = {
      tip: [tip.x, tip.y, tip.z],
      contact: [contact.x, contact.y, contact.z],
      clearanceMm,
      impinging: discHeightLoss >= IMPINGEMENT.minDiscHeightLoss && clearanceMm <= IMPINGEMENT.touchMm,
    };
  }
  return result;
}
