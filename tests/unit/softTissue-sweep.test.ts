import { describe, expect, it } from 'vitest';
import { meshVolume } from '../../src/anatomy/meshData';
import { sweep } from '../../src/anatomy/softTissue/sweep';

function openEdges(indices: Uint32Array): number {
  const directed = new Set<string>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) directed.add(`${indices[t + k]}>${indices[t + ((k + 1) % 3)]}`);
  }
  return [...directed].filter((e) => !directed.has(e.split('>').reverse().join('>'))).length;
}

describe('sweep (tubes, ribbons and slabs for soft tissue)', () => {
  const straight = sweep(
    [
      { at: [0, 0, 0], width: 10, thickness: 10, follows: 'L4' },
      { at: [0, 40, 0], width: 10, thickness: 10, follows: 'L5' },
    ],
    { samplesPerSpan: 20, sides: 48 },
  );

  it('makes a closed, outward-facing tube whose volume matches a cylinder', () => {
    expect(openEdges(straight.mesh.indices)).toBe(0);
    const cylinder = Math.PI * 5 * 5 * 40;
    expect(meshVolume(straight.mesh)).toBeGreaterThan(cylinder * 0.97);
    expect(meshVolume(straight.mesh)).toBeLessThan(cylinder * 1.01);
  });

  it('passes through every station and blends the bones along the way', () => {
    const bent = sweep([
      { at: [0, 0, 0], width: 2, thickness: 2, follows: 'L3' },
      { at: [10, 20, 5], width: 2, thickness: 2, follows: 'L4' },
      { at: [0, 40, 0], width: 2, thickness: 2, follows: 'L5' },
    ]);
    const p = bent.mesh.positions;
    const nearest = (q: number[]) => {
      let best = Infinity;
      for (let i = 0; i < p.length; i += 3) best = Math.min(best, Math.hypot(p[i]! - q[0]!, p[i + 1]! - q[1]!, p[i + 2]! - q[2]!));
      return best;
    };
    expect(nearest([10, 20, 5])).toBeLessThanOrEqual(1.01);
    expect(bent.bones).toEqual(['L3', 'L4', 'L5']);
    for (let v = 0; v < bent.weights.length / 2; v++) expect(bent.weights[2 * v]! + bent.weights[2 * v + 1]!).toBeCloseTo(1, 5);
  });

  it('orients a ribbon’s width along the given direction', () => {
    const ribbon = sweep([
      { at: [0, 0, 0], width: 20, thickness: 2, across: [1, 0, 0], follows: 'L4' },
      { at: [0, 30, 0], width: 20, thickness: 2, across: [1, 0, 0], follows: 'L4' },
    ]);
    let maxX = 0;
    let maxZ = 0;
    for (let i = 0; i < ribbon.mesh.positions.length; i += 3) {
      maxX = Math.max(maxX, Math.abs(ribbon.mesh.positions[i]!));
      maxZ = Math.max(maxZ, Math.abs(ribbon.mesh.positions[i + 2]!));
    }
    expect(maxX).toBeCloseTo(10, 3);
    expect(maxZ).toBeCloseTo(1, 3);
  });
});
