/**
 * The tips of the articular processes and the bone across from them. When a disc loses height the upper
 * vertebra sinks: the tips of its inferior articular processes come down onto the lamina (pars) of the
 * vertebra below, and the tips of the lower vertebra's superior articular processes rise toward the pars
 * above: the "extra-articular impingement" through which narrowed discs hand up to 70 % of the load to the
 * posterior arch (§5.1). Distances come from the bones' own signed-distance fields (anatomy/bones.ts), the
 * surfaces the meshes are made of.
 */
import { Matrix4, Vector3 } from 'three';
import { boneField } from '../anatomy/bones';
import { facetFrameInLowerBone, facetFrameInUpperBone, fromJoint, type FacetFrame } from '../anatomy/facetFrames';
import type { Vec3 } from '../anatomy/landmarks';
import { SIDES, type Segment, type Side } from '../anatomy/levels';
import type { BoneId } from '../anatomy/posture';
import { segmentBones } from '../anatomy/segmentBones';
import type { Sdf } from '../anatomy/sdf/surfaceNets';
import { IMPINGEMENT } from './data';

/** Step of the search along the joint plane for a process's end, mm. */
const TIP_SEARCH_STEP_MM = 0.25;

const fields = new Map<BoneId, Sdf>();
function boneSdf(id: BoneId): Sdf {
  let sdf = fields.get(id);
  if (!sdf) fields.set(id, (sdf = boneField(id).sdf));
  return sdf;
}

/**
 * Points along the free end of an articular process, in its own bone's local frame: from a grid of points
 * inside the process (across its width, and from its facet back through its thickness) walk along the joint
 * plane, away from the joint centre, until leaving the bone. `direction` -1 walks down (inferior process),
 * +1 up (superior process); the process lies on the +n side of the joint for -1 and the -n side for +1.
 */
function processEnd(frame: FacetFrame, sdf: Sdf, direction: 1 | -1): Vector3[] {
  const points: Vector3[] = [];
  for (const t of [-frame.width / 4, 0, frame.width / 4]) {
    for (const depth of [1, 3, 5, 7]) {
      const n = -direction * (frame.gap / 2 + depth);
      if (sdf(...fromJoint(frame, t, 0, n)) >= 0) continue; // not inside the process at the joint's centre height
      let u = 0;
      while (Math.abs(u) < 2 * frame.height && sdf(...fromJoint(frame, t, u + direction * TIP_SEARCH_STEP_MM, n)) < 0) {
        u += direction * TIP_SEARCH_STEP_MM;
      }
      points.push(new Vector3(...fromJoint(frame, t, u, n)));
    }
  }
  return points;
}

const ends = new Map<string, Vector3[]>();
function cachedEnd(key: string, build: () => Vector3[]): Vector3[] {
  let points = ends.get(key);
  if (!points) ends.set(key, (points = build()));
  return points.map((p) => p.clone());
}

/** The lower border of the upper vertebra's inferior articular process, upper-bone local. Built once per joint. */
export function inferiorProcessLowerBorder(segment: Segment, side: Side): Vector3[] {
  return cachedEnd(`${segment}-${side}-inferior`, () =>
    processEnd(facetFrameInUpperBone(segment, side), boneSdf(segmentBones(segment).upper), -1),
  );
}

/** The upper border of the lower bone's superior articular process, lower-bone local. Built once per joint. */
export function superiorProcessUpperBorder(segment: Segment, side: Side): Vector3[] {
  return cachedEnd(`${segment}-${side}-superior`, () =>
    processEnd(facetFrameInLowerBone(segment, side), boneSdf(segmentBones(segment).lower), 1),
  );
}

/** The tip: the lowest point of the inferior process's lower border along its joint plane, upper-bone local. */
export function inferiorProcessTip(segment: Segment, side: Side): Vector3 {
  const up = new Vector3(...facetFrameInUpperBone(segment, side).u);
  return inferiorProcessLowerBorder(segment, side).reduce((low, p) => (p.dot(up) < low.dot(up) ? p : low));
}

interface BorderClearance {
  /** The border point nearest the other bone, in the other bone's local frame. */
  point: Vector3;
  clearanceMm: number;
}

function nearestBorderPoint(border: Vector3[], toOther: Matrix4, otherSdf: Sdf): BorderClearance {
  let best: BorderClearance = { point: new Vector3(), clearanceMm: Infinity };
  for (const p of border) {
    p.applyMatrix4(toOther);
    const clearanceMm = otherSdf(p.x, p.y, p.z);
    if (clearanceMm < best.clearanceMm) best = { point: p, clearanceMm };
  }
  return best;
}

/** Clearance of the inferior process's lower border above the bone below, mm (negative: inside it). */
function inferiorClearance(segment: Segment, side: Side, upperToLower: Matrix4): BorderClearance {
  return nearestBorderPoint(inferiorProcessLowerBorder(segment, side), upperToLower, boneSdf(segmentBones(segment).lower));
}

/**
 * Smallest distance, mm, between either articular process's free end and the bone across (negative: inside
 * it), for one joint and the upper-local → lower-local map. Zero is where a sinking vertebra comes to rest.
 */
export function tipClearanceMm(segment: Segment, side: Side, upperToLower: Matrix4): number {
  const lowerToUpper = upperToLower.clone().invert();
  const superior = nearestBorderPoint(superiorProcessUpperBorder(segment, side), lowerToUpper, boneSdf(segmentBones(segment).upper));
  return Math.min(inferiorClearance(segment, side, upperToLower).clearanceMm, superior.clearanceMm);
}

/**
 * Whether any articular process tip of the segment (either side) is inside the bone across, for the
 * upper-local → lower-local map. Stops at the first such point: the sink search only needs the answer.
 */
export function tipsLanded(segment: Segment, upperToLower: Matrix4): boolean {
  const { upper, lower } = segmentBones(segment);
  const lowerToUpper = upperToLower.clone().invert();
  const inside = (border: Vector3[], toOther: Matrix4, sdf: Sdf) =>
    border.some((p) => {
      p.applyMatrix4(toOther);
      return sdf(p.x, p.y, p.z) < 0;
    });
  return SIDES.some(
    (side) =>
      inside(inferiorProcessLowerBorder(segment, side), upperToLower, boneSdf(lower)) ||
      inside(superiorProcessUpperBorder(segment, side), lowerToUpper, boneSdf(upper)),
  );
}

/** The point of a bone's surface nearest to a point in its local frame (Newton steps along the gradient). */
function nearestOnBone(sdf: Sdf, local: Vector3): Vector3 {
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
  /** The point of the inferior articular process's lower border nearest the bone below, posed world, mm. */
  tip: Vec3;
  /** Nearest point of the bone below (its lamina / pars), posed world, mm: where to show the contact. */
  contact: Vec3;
  /** Tip-to-bone distance, mm; 0 when the sinking vertebra has come to rest on its tips. */
  clearanceMm: number;
  /** The tip bears on the bone below: a severely narrowed disc and a tip within touching distance. */
  impinging: boolean;
}

/** Impingement of the inferior articular process tips of one segment on the bone below, for posed bones (bone-local → posed world). */
export function impingement(segment: Segment, posed: Record<BoneId, Matrix4>, discHeightLoss: number): Record<Side, TipImpingement> {
  const { upper, lower } = segmentBones(segment);
  const upperToLower = posed[lower].clone().invert().multiply(posed[upper]);
  const result = {} as Record<Side, TipImpingement>;
  for (const side of SIDES) {
    const { point, clearanceMm } = inferiorClearance(segment, side, upperToLower);
    const contact = nearestOnBone(boneSdf(lower), point).applyMatrix4(posed[lower]);
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
