import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../src/anatomy/levels';
import { LSTV, MOTION_LIMITS } from '../../src/biomech/data';
import { segmentAngles } from '../../src/biomech/segmentAngles';

const sum = (angles: Record<string, number>) => Object.values(angles).reduce((a, b) => a + b, 0);
const extensionRange = SEGMENTS.reduce((s, seg) => s + MOTION_LIMITS[seg].extensionDeg, 0);
const flexionRange = SEGMENTS.reduce((s, seg) => s + MOTION_LIMITS[seg].flexionDeg, 0);

describe('segmentAngles: trunk motion spread over L1-L2 … L5-S1', () => {
  it('adds up to the trunk angle inside the lumbar range', () => {
    for (let trunk = -flexionRange; trunk <= extensionRange; trunk += 0.5) expect(sum(segmentAngles(trunk))).toBeCloseTo(trunk, 9);
  });

  it('gives each segment a part in proportion to its own limit', () => {
    const angles = segmentAngles(10);
    expect(angles['L5-S1'] / angles['L2-L3']).toBeCloseTo(MOTION_LIMITS['L5-S1'].extensionDeg / MOTION_LIMITS['L2-L3'].extensionDeg, 9);
    const flexed = segmentAngles(-20);
    expect(flexed['L4-L5'] / flexed['L1-L2']).toBeCloseTo(MOTION_LIMITS['L4-L5'].flexionDeg / MOTION_LIMITS['L1-L2'].flexionDeg, 9);
  });

  it('keeps every segment inside its flexion and extension limits, leaving the rest of a deep bend to the hips', () => {
    for (const trunk of [-90, -60, -49, 20, 30]) {
      const angles = segmentAngles(trunk);
      for (const segment of SEGMENTS) {
        expect(angles[segment]).toBeLessThanOrEqual(MOTION_LIMITS[segment].extensionDeg + 1e-9);
        expect(angles[segment]).toBeGreaterThanOrEqual(-MOTION_LIMITS[segment].flexionDeg - 1e-9);
      }
    }
    expect(sum(segmentAngles(-60))).toBeCloseTo(-flexionRange, 9);
    expect(segmentAngles(0)['L4-L5']).toBe(0);
  });

  it('stiffens L5-S1 to ≤ 2° with a fused (type III) transitional vertebra and passes 40 % of the loss to L4-L5', () => {
    for (const trunk of [-60, -20, 10, 30]) {
      const normal = segmentAngles(trunk);
      const fused = segmentAngles(trunk, { lstv: { type: 'IIIa', side: 'right' } });
      expect(Math.abs(fused['L5-S1'])).toBeLessThanOrEqual(LSTV.fusedLimitDeg + 1e-9);
      const lost = normal['L5-S1'] - fused['L5-S1'];
      expect((fused['L4-L5'] - normal['L4-L5']) / lost).toBeCloseTo(LSTV.transferToL4L5, 9);
      expect(fused['L3-L4']).toBe(normal['L3-L4']);
    }
  });

  it('reduces L5-S1 motion less with a pseudo-joint (type II) than with fusion, and not at all with type I', () => {
    const normal = segmentAngles(20)['L5-S1'];
    const pseudo = segmentAngles(20, { lstv: { type: 'IIb', side: 'left' } })['L5-S1'];
    const fused = segmentAngles(20, { lstv: { type: 'IIIb', side: 'left' } })['L5-S1'];
    expect(pseudo).toBeLessThan(normal);
    expect(pseudo).toBeGreaterThan(fused);
    expect(segmentAngles(20, { lstv: { type: 'Ia', side: 'left' } })['L5-S1']).toBe(normal);
  });
});
