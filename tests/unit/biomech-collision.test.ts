/**
 * No bone passes through its neighbour anywhere in the physiological range. Probe: the vertices of each
 * moving bone's surface mesh (the same signed-distance field meshed at a coarser voxel, to keep the test
 * quick); target: the neighbour's signed-distance field, which the shipped mesh follows within its voxel.
 */
import { Matrix4, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField, type BoneField } from '../../src/anatomy/bones';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES } from '../../src/anatomy/levels';
import type { Bounds } from '../../src/anatomy/meshData';
import { neutralPose, type BoneId } from '../../src/anatomy/posture';
import { meshSdf } from '../../src/anatomy/sdf/surfaceNets';
import { segmentBones } from '../../src/anatomy/segmentBones';
import { inferiorProcessLowerBorder, superiorProcessUpperBorder } from '../../src/biomech/impingement';
import { posedBoneMatrices } from '../../src/biomech/posedSpine';
import { segmentAngles } from '../../src/biomech/segmentAngles';

const PROBE_VOXEL_MM = 1.2;
/** An articular process tip resting on the bone across may dent it this much: a touch, not a pass-through. */
const TIP_TOUCH_MM = 1;
const TRUNK_ANGLES = [-30, -20, -10, 0, 5, 10, 15];
const DISC_LOSSES = [0, 0.25, 0.5];

const landmarks = computeLandmarks();
const neutral = neutralPose();
const fields = new Map<BoneId, BoneField>();
const probes = new Map<BoneId, Float32Array>();

/** Neighbouring bones: each segment's pair both ways, and L5 against the ilia it may approach. */
const PAIRS: [BoneId, BoneId][] = [
  ...SEGMENTS.flatMap((s): [BoneId, BoneId][] => {
    const { upper, lower } = segmentBones(s);
    return [
      [upper, lower],
      [lower, upper],
    ];
  }),
  ['L5', 'ilium-left'],
  ['L5', 'ilium-right'],
];

beforeAll(() => {
  for (const id of ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum', 'ilium-left', 'ilium-right'] as BoneId[]) fields.set(id, boneField(id));
  for (const id of ['L1', 'L2', 'L3', 'L4', 'L5'] as BoneId[]) {
    const f = fields.get(id)!;
    probes.set(id, meshSdf(f.sdf, f.bounds, { voxel: PROBE_VOXEL_MM }).positions);
  }
  // Only the top of the sacrum can meet L5.
  const sacrum = fields.get('sacrum')!;
  const top: Bounds = { min: [sacrum.bounds.min[0], -30, sacrum.bounds.min[2]], max: sacrum.bounds.max };
  probes.set('sacrum', meshSdf(sacrum.sdf, top, { voxel: PROBE_VOXEL_MM }).positions);
}, 120_000);

interface Overlap {
  depthMm: number;
  /** Deepest probe vertex, probe-local. */
  at: Vector3;
}

function deepestOverlap(probe: BoneId, target: BoneId, posed: Record<BoneId, Matrix4>): Overlap {
  const points = probes.get(probe)!;
  const { sdf, bounds } = fields.get(target)!;
  const toTarget = posed[target].clone().invert().multiply(posed[probe]);
  const v = new Vector3();
  const worst: Overlap = { depthMm: 0, at: new Vector3() };
  for (let i = 0; i < points.length; i += 3) {
    v.set(points[i]!, points[i + 1]!, points[i + 2]!).applyMatrix4(toTarget);
    if (v.x < bounds.min[0] || v.y < bounds.min[1] || v.z < bounds.min[2]) continue;
    if (v.x > bounds.max[0] || v.y > bounds.max[1] || v.z > bounds.max[2]) continue;
    const depth = -sdf(v.x, v.y, v.z);
    if (depth > worst.depthMm) {
      worst.depthMm = depth;
      worst.at.set(points[i]!, points[i + 1]!, points[i + 2]!);
    }
  }
  return worst;
}

/** Whether a probe point (probe-local) lies at the free end of an articular process between the two bones. */
function atProcessTip(probe: BoneId, target: BoneId, at: Vector3, posed: Record<BoneId, Matrix4>): boolean {
  const segment = SEGMENTS.find((s) => {
    const { upper, lower } = segmentBones(s);
    return (upper === probe && lower === target) || (upper === target && lower === probe);
  });
  if (!segment) return false;
  const { upper, lower } = segmentBones(segment);
  const near = (bone: BoneId, border: Vector3[]) => {
    const local = at.clone().applyMatrix4(posed[bone].clone().invert().multiply(posed[probe]));
    return border.some((p) => p.distanceTo(local) < 3);
  };
  return SIDES.some(
    (side) => near(upper, inferiorProcessLowerBorder(segment, side)) || near(lower, superiorProcessUpperBorder(segment, side)),
  );
}

describe('bones in motion', () => {
  it('never pass through a neighbour from 30° flexion to 15° extension, with 0–50 % disc height loss', () => {
    const failures: string[] = [];
    for (const loss of DISC_LOSSES) {
      const losses = Object.fromEntries(SEGMENTS.map((s) => [s, loss]));
      for (const trunk of TRUNK_ANGLES) {
        const posed = posedBoneMatrices(segmentAngles(trunk), neutral, landmarks, losses);
        for (const [probe, target] of PAIRS) {
          const { depthMm, at } = deepestOverlap(probe, target, posed);
          // Deeper than the shipped mesh's own error (half its voxel) counts as passing through.
          const meshError = fields.get(target)!.voxel / 2;
          const allowed = loss >= 0.4 && atProcessTip(probe, target, at, posed) ? TIP_TOUCH_MM : meshError;
          if (depthMm > allowed) {
            failures.push(`trunk ${trunk}°, disc loss ${loss}: ${probe} ${depthMm.toFixed(1)} mm into ${target} at ${probe}-local (${at.toArray().map((c) => c.toFixed(0))})`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
