import { describe, expect, it } from 'vitest';
import { buildFacetJoint } from '../../src/anatomy/joints';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { neutralPose } from '../../src/anatomy/posture';
import { facetForce } from '../../src/biomech/facetLoad';
import { neutralToPosed, posedBoneMatrices } from '../../src/biomech/posedSpine';
import { facetPressureMap } from '../../src/biomech/pressureMap';
import { segmentAngles } from '../../src/biomech/segmentAngles';
import { CARTILAGE_HEX, PRESSURE_GRADIENT_CSS, PRESSURE_SCALE_MAX_MPA, PRESSURE_SCALE_TICKS_MPA, writePressureColour } from '../../src/scene/pressureScale';

const colour = (mpa: number): number[] => {
  const out = new Float32Array(3);
  writePressureColour(mpa, out, 0);
  return [...out];
};
/** Relative luminance of a linear-light colour. */
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, k) => v - b[k]!));
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hexLinear = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));

/** Peak contact pressure of the left L4-L5 joint for a trunk angle and disc height loss, from the model. */
function modelPeak(trunkDeg: number, loss: number): number {
  const joint = buildFacetJoint('L4-L5', 'left');
  const neutral = neutralPose();
  const angles = segmentAngles(trunkDeg);
  const posed = posedBoneMatrices(angles, neutral, computeLandmarks(), { 'L4-L5': loss });
  const force = facetForce(angles['L4-L5'], loss).perJointN;
  return facetPressureMap(joint.cartilageUpper, joint.cartilageLower, neutralToPosed('L4', posed, neutral), neutralToPosed('L5', posed, neutral), force).peakMPa;
}

describe('the cartilage pressure colour scale tells the truth about the numbers', () => {
  it('grows steadily lighter with pressure, so its order reads in grey and with colour-vision deficiency', () => {
    let previous = -1;
    for (let mpa = 0.05; mpa <= PRESSURE_SCALE_MAX_MPA; mpa += 0.05) {
      const l = luminance(colour(mpa));
      expect(l).toBeGreaterThanOrEqual(previous);
      previous = l;
    }
  });

  it('tells standing, leaning back and a flattened disc apart by eye (pressure-film 4.5 and 6 MPa, model 8.5 MPa)', () => {
    const [standing, leaning, flattened] = [4.5, 6, 8.5].map(colour);
    // Linear-light RGB distance: 0.05 is about a just-clear step on a screen; these differ by far more.
    expect(distance(standing!, leaning!)).toBeGreaterThan(0.1);
    expect(distance(leaning!, flattened!)).toBeGreaterThan(0.15);
  });

  it('never paints a pressure in the colour that means "not touching"', () => {
    const none = colour(0);
    expect(none).toEqual(hexLinear(CARTILAGE_HEX).map((v) => Math.fround(v)));
    for (let mpa = 0.1; mpa <= PRESSURE_SCALE_MAX_MPA * 1.5; mpa += 0.1) expect(distance(colour(mpa), none)).toBeGreaterThan(0.2);
  });

  it('holds the model’s own range: the top colour stands only for the few peaks past the scale, which its last tick names', () => {
    // The highest the controls reach: full extension over a half-height disc (the 70 % share ceiling).
    const highest = modelPeak(20, 0.5);
    expect(highest).toBeGreaterThan(PRESSURE_SCALE_MAX_MPA * 0.85);
    expect(highest).toBeLessThan(PRESSURE_SCALE_MAX_MPA * 1.1);
    expect(PRESSURE_SCALE_TICKS_MPA.at(-1)).toBe(PRESSURE_SCALE_MAX_MPA);
    expect(colour(PRESSURE_SCALE_MAX_MPA * 2)).toEqual(colour(PRESSURE_SCALE_MAX_MPA));
  });

  it('draws the legend with the same colours the cartilage gets, stop for stop', () => {
    const stops = PRESSURE_GRADIENT_CSS.match(/#[0-9a-f]{6}/g)!;
    stops.forEach((stop, i) => {
      const mpa = Math.max(1e-6, (i / (stops.length - 1)) * PRESSURE_SCALE_MAX_MPA);
      expect(distance(colour(mpa), hexLinear(stop))).toBeLessThan(1e-3);
    });
  });
});
