import { Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { facetFrameInWorld } from '../../src/anatomy/facetFrames';
import { buildFacetJoint } from '../../src/anatomy/joints';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, type Segment } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import { neutralPose } from '../../src/anatomy/posture';
import { facetForce, meanContactPressureMPa } from '../../src/biomech/facetLoad';
import { neutralToPosed, posedBoneMatrices } from '../../src/biomech/posedSpine';
import { facetGaps, facetPressureMap } from '../../src/biomech/pressureMap';
import { segmentAngles } from '../../src/biomech/segmentAngles';

/** A square sheet in the x-z plane at height y, facing +y, `n` × `n` vertices over `size` mm. */
function sheet(size: number, n: number, y: (x: number, z: number) => number, faceUp: boolean): MeshData {
  const positions = new Float32Array(n * n * 3);
  const indices: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = (i / (n - 1) - 0.5) * size;
      const z = (j / (n - 1) - 0.5) * size;
      positions.set([x, y(x, z), z], 3 * (j * n + i));
      if (i < n - 1 && j < n - 1) {
        const [a, b, c, d] = [j * n + i, j * n + i + 1, (j + 1) * n + i, (j + 1) * n + i + 1];
        indices.push(...(faceUp ? [a, c, b, b, c, d] : [a, b, c, b, d, c]));
      }
    }
  }
  return { positions, indices: new Uint32Array(indices) };
}

/** Lower layer: a flat facet surface facing up. Upper layer: a gently convex one facing down, lowest at (2, 1). */
const lower = sheet(16, 41, () => 0, true);
const upper = sheet(16, 41, (x, z) => 0.5 + ((x - 2) ** 2 + (z - 1) ** 2) / 60, false);
const identity = new Matrix4();

/** Force carried by a sheet: interior vertices of the even grid each stand for one cell of area. */
function integral(pressure: Float32Array): number {
  const cell = (16 / 40) ** 2;
  return pressure.reduce((sum, p) => sum + p * cell, 0);
}

describe('facetPressureMap on two cartilage-like sheets', () => {
  it('carries the joint force on each layer at the measured mean pressure', () => {
    const force = 24;
    const map = facetPressureMap(upper, lower, identity, identity, force);
    expect(integral(map.upper)).toBeCloseTo(force, 0);
    expect(integral(map.lower)).toBeCloseTo(force, 0);
    const mean = force / map.contactAreaMm2;
    expect(mean / meanContactPressureMPa(force)).toBeGreaterThan(0.85);
    expect(mean / meanContactPressureMPa(force)).toBeLessThan(1.05);
    expect(map.peakMPa).toBeGreaterThan(mean);
  });

  it('peaks where the gap is smallest', () => {
    const map = facetPressureMap(upper, lower, identity, identity, 40);
    const peakVertex = map.lower.indexOf(Math.max(...map.lower));
    expect(lower.positions[3 * peakVertex]).toBeCloseTo(2, 0);
    expect(lower.positions[3 * peakVertex + 2]).toBeCloseTo(1, 0);
    const upperPeak = map.upper.indexOf(Math.max(...map.upper));
    expect(upper.positions[3 * upperPeak]).toBeCloseTo(2, 0);
  });

  it('follows the posed geometry: moving the upper layer moves the patch', () => {
    const slid = new Matrix4().makeTranslation(-4, 0, 3);
    const map = facetPressureMap(upper, lower, slid, identity, 40);
    const peakVertex = map.lower.indexOf(Math.max(...map.lower));
    expect(lower.positions[3 * peakVertex]).toBeCloseTo(-2, 0);
    expect(lower.positions[3 * peakVertex + 2]).toBeCloseTo(4, 0);
  });

  it('rises in peak and area with the joint force, and is zero without force', () => {
    const light = facetPressureMap(upper, lower, identity, identity, 24);
    const heavy = facetPressureMap(upper, lower, identity, identity, 60);
    expect(heavy.peakMPa).toBeGreaterThan(light.peakMPa);
    expect(heavy.contactAreaMm2).toBeGreaterThan(light.contactAreaMm2);
    const none = facetPressureMap(upper, lower, identity, identity, 0);
    expect(none.peakMPa).toBe(0);
    expect(none.upper.every((p) => p === 0)).toBe(true);
  });

  it('takes under 4 ms per joint with about 1.7k vertices per layer', () => {
    facetPressureMap(upper, lower, identity, identity, 40);
    const times: number[] = [];
    for (let run = 0; run < 30; run++) {
      const start = performance.now();
      facetPressureMap(upper, lower, new Matrix4().makeRotationX(run * 0.002), identity, 40);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[15]).toBeLessThan(4);
  });
});

describe('facetPressureMap on the model joints, posed', () => {
  const landmarks = computeLandmarks();
  const neutral = neutralPose();

  function jointMap(segment: Segment, trunk: number, loss: number) {
    const joint = buildFacetJoint(segment, 'left');
    const angles = segmentAngles(trunk);
    const posed = posedBoneMatrices(angles, neutral, landmarks, { [segment]: loss });
    const [upperBone, lowerBone] = segment === 'L5-S1' ? (['L5', 'sacrum'] as const) : (segment.split('-') as ['L1', 'L2']);
    const upperMatrix = neutralToPosed(upperBone, posed, neutral);
    const lowerMatrix = neutralToPosed(lowerBone, posed, neutral);
    const force = facetForce(angles[segment], loss).perJointN;
    return {
      joint,
      force,
      map: facetPressureMap(joint.cartilageUpper, joint.cartilageLower, upperMatrix, lowerMatrix, force),
      gaps: facetGaps(joint.cartilageUpper, joint.cartilageLower, upperMatrix, lowerMatrix),
    };
  }

  it('peaks on the vertex of each layer where the gap is smallest', () => {
    for (const segment of SEGMENTS) {
      const { map, gaps } = jointMap(segment, 15, 0.3);
      for (const side of ['upper', 'lower'] as const) {
        const peak = map[side].indexOf(Math.max(...map[side]));
        expect(gaps[side][peak]).toBe(Math.min(...gaps[side]));
      }
    }
  });

  it('meets the neutral 4.5 MPa mean, and its peak rises with extension and with disc height loss', () => {
    for (const segment of SEGMENTS) {
      const neutralMap = jointMap(segment, 0, 0);
      expect(neutralMap.force / neutralMap.map.contactAreaMm2).toBeGreaterThan(4.5 * 0.9);
      expect(neutralMap.force / neutralMap.map.contactAreaMm2).toBeLessThan(4.5 * 1.05);
      // 10° trunk steps: finer steps can trade places by a vertex's worth of patch area.
      const peaks = [0, 10, 20].map((trunk) => jointMap(segment, trunk, 0).map.peakMPa);
      for (let i = 1; i < peaks.length; i++) expect(peaks[i]).toBeGreaterThan(peaks[i - 1]!);
      const byLoss = [0, 0.2, 0.4, 0.5].map((loss) => jointMap(segment, 0, loss).map.peakMPa);
      for (let i = 1; i < byLoss.length; i++) expect(byLoss[i]).toBeGreaterThan(byLoss[i - 1]!);
    }
  });

  it('moves the load toward the lower margin of the joint in extension (Adams & Hutton)', () => {
    const frame = facetFrameInWorld('L4-L5', 'left');
    const upAlongJoint = (trunk: number) => {
      const { joint, map } = jointMap('L4-L5', trunk, 0);
      const p = joint.cartilageLower.positions;
      let sum = 0;
      let weight = 0;
      map.lower.forEach((pressure, v) => {
        const d = [p[3 * v]! - frame.centre[0], p[3 * v + 1]! - frame.centre[1], p[3 * v + 2]! - frame.centre[2]];
        sum += pressure * (d[0]! * frame.u[0] + d[1]! * frame.u[1] + d[2]! * frame.u[2]);
        weight += pressure;
      });
      return sum / weight;
    };
    expect(upAlongJoint(15)).toBeLessThan(-1);
    expect(upAlongJoint(-20)).toBeGreaterThan(1);
  });
});
