import { existsSync, readFileSync } from 'node:fs';
import { Matrix4, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelIO } from '../../scripts/models/modelIO';
import { MM_PER_METRE } from '../../src/anatomy/frame';
import { SIDES, type Segment } from '../../src/anatomy/levels';
import { BONE_IDS, neutralPose } from '../../src/anatomy/posture';
import type { Vec3 } from '../../src/anatomy/sdf/primitives';
import { add, distance, scale } from '../../src/anatomy/softTissue/vec3';
import { RF_CANNULA } from '../../src/procedures/data';
import { procedurePlan, type NeedleOverlay, type NeedlePlan } from '../../src/procedures/index';

/**
 * The needles against the bone meshes the scene actually draws once the detailed bones have replaced the light
 * ones (public/models/lumbar-spine-detail.glb), placed in the neutral pose: a needle may not cut a bone triangle
 * on its way to the target.
 */
const GLB = 'public/models/lumbar-spine-detail.glb';
const STORY_SEGMENTS: Segment[] = ['L4-L5', 'L5-S1'];
const OVERLAYS: NeedleOverlay[] = ['needle-medial-branch-block', 'needle-intra-articular', 'needle-radiofrequency', 'needle-prolotherapy'];

/** World-mm triangles of every bone, flattened (9 numbers each). */
let triangles: Float64Array;

beforeAll(async () => {
  if (!existsSync(GLB)) return;
  const document = await (await createModelIO()).readBinary(new Uint8Array(readFileSync(GLB)));
  const pose = neutralPose();
  const nodes = new Map(document.getRoot().listNodes().map((node) => [node.getName(), node]));
  const out: number[] = [];
  const v = new Vector3();
  for (const bone of BONE_IDS) {
    const primitive = nodes.get(bone)?.getMesh()?.listPrimitives()[0];
    const position = primitive?.getAttribute('POSITION');
    const indices = primitive?.getIndices()?.getArray();
    if (!position || !indices) throw new Error(`${bone} has no mesh`);
    const toWorld = new Matrix4().makeScale(MM_PER_METRE, MM_PER_METRE, MM_PER_METRE).premultiply(pose[bone]);
    const element: number[] = [];
    for (const index of indices) {
      position.getElement(index, element);
      v.set(element[0]!, element[1]!, element[2]!).applyMatrix4(toWorld);
      out.push(v.x, v.y, v.z);
    }
  }
  triangles = Float64Array.from(out);
}, 120_000);

/** Möller–Trumbore: does the segment a→b cross any triangle? */
function segmentHitsBone(a: Vec3, b: Vec3): boolean {
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const lo = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2])];
  const hi = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])];
  const t = triangles;
  for (let i = 0; i < t.length; i += 9) {
    let outside = false;
    for (let k = 0; k < 3 && !outside; k++) {
      const min = Math.min(t[i + k]!, t[i + 3 + k]!, t[i + 6 + k]!);
      const max = Math.max(t[i + k]!, t[i + 3 + k]!, t[i + 6 + k]!);
      outside = max < lo[k]! || min > hi[k]!;
    }
    if (outside) continue;
    const e1 = [t[i + 3]! - t[i]!, t[i + 4]! - t[i + 1]!, t[i + 5]! - t[i + 2]!];
    const e2 = [t[i + 6]! - t[i]!, t[i + 7]! - t[i + 1]!, t[i + 8]! - t[i + 2]!];
    const p = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!];
    const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
    if (Math.abs(det) < 1e-12) continue;
    const s = [a[0] - t[i]!, a[1] - t[i + 1]!, a[2] - t[i + 2]!];
    const u = (s[0]! * p[0]! + s[1]! * p[1]! + s[2]! * p[2]!) / det;
    if (u < 0 || u > 1) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const w = (d[0]! * q[0]! + d[1]! * q[1]! + d[2]! * q[2]!) / det;
    if (w < 0 || u + w > 1) continue;
    const along = (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det;
    if (along >= 0 && along <= 1) return true;
  }
  return false;
}

/** The part of the needle that must be clear: all of it but the last half millimetre (the cannula's active tip for RFA). */
function clearPart(n: NeedlePlan): [Vec3, Vec3] {
  const spare = n.procedure === 'radiofrequency' ? RF_CANNULA.activeTipMm : 0.5;
  return [n.entry, add(n.target, scale(n.direction, -spare))];
}

describe.runIf(existsSync(GLB))('needles against the drawn bone meshes', () => {
  it('loads every bone', () => {
    expect(triangles.length / 9).toBeGreaterThan(50_000);
  });

  it('reach their targets without cutting through bone, at the joints the story shows', () => {
    const blocked: string[] = [];
    for (const segment of STORY_SEGMENTS) {
      for (const side of SIDES) {
        for (const overlay of OVERLAYS) {
          for (const n of procedurePlan(overlay, segment, side).needles) {
            const [a, b] = clearPart(n);
            if (distance(a, b) > 0 && segmentHitsBone(a, b)) blocked.push(`${overlay} ${segment} ${side} → ${n.bone}`);
          }
        }
      }
    }
    expect(blocked).toEqual([]);
  });

  it('would notice a needle driven straight through a vertebral body', () => {
    const body = new Vector3(0, 0, 0).applyMatrix4(neutralPose().L4).toArray() as Vec3;
    expect(segmentHitsBone([body[0], body[1], body[2] - 80], body)).toBe(true);
  });
});
