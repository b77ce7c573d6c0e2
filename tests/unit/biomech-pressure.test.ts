import { Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import type { MeshData } from '../../src/anatomy/meshData';
import { meanContactPressureMPa } from '../../src/biomech/facetLoad';
import { facetPressureMap } from '../../src/biomech/pressureMap';

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

function integral(pressure: Float32Array, mesh: MeshData): number {
  // Vertex area of an even grid: interior vertices carry one cell, so the sum over the patch is close enough.
  const cell = (16 / 40) ** 2;
  void mesh;
  return pressure.reduce((sum, p) => sum + p * cell, 0);
}

describe('facetPressureMap on two cartilage-like sheets', () => {
  it('carries the joint force on each layer at the measured mean pressure', () => {
    const force = 24;
    const map = facetPressureMap(upper, lower, identity, identity, force);
    expect(integral(map.upper, upper)).toBeCloseTo(force, 0);
    expect(integral(map.lower, lower)).toBeCloseTo(force, 0);
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
