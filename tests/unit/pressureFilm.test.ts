import { describe, expect, it } from 'vitest';
import { buildFacetJoint } from '../../src/anatomy/joints';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { neutralPose } from '../../src/anatomy/posture';
import { facetFacePlan } from '../../src/biomech/facePlan';
import { facetForce } from '../../src/biomech/facetLoad';
import { neutralToPosed, posedBoneMatrices } from '../../src/biomech/posedSpine';
import { facetPressureMap } from '../../src/biomech/pressureMap';
import { segmentAngles } from '../../src/biomech/segmentAngles';
import { rasterizeFilm } from '../../src/ui/pressureFilmRaster';

const joint = buildFacetJoint('L4-L5', 'right');
const plan = facetFacePlan(joint.cartilageUpper, joint.cartilageLower);
const landmarks = computeLandmarks();
const neutral = neutralPose();

/** The opened L4-L5 right joint's film for a trunk angle and disc height loss. */
function filmOf(trunkDeg: number, loss: number) {
  const angles = segmentAngles(trunkDeg);
  const posed = posedBoneMatrices(angles, neutral, landmarks, { 'L4-L5': loss });
  const force = facetForce(angles['L4-L5'], loss).perJointN;
  const map = facetPressureMap(joint.cartilageUpper, joint.cartilageLower, neutralToPosed('L4', posed, neutral), neutralToPosed('L5', posed, neutral), force);
  return { jointId: 'facet-L4-L5-right', plan, lowerMPa: map.lower };
}

/** The film drawn at 160 px. */
function film(trunkDeg: number, loss: number) {
  const rgba = new Uint8ClampedArray(160 * 160 * 4);
  const pixels = rasterizeFilm(filmOf(trunkDeg, loss), 160, 160, rgba);
  // Redness of the contact pixels: inferno's red channel rises steadily with pressure over the range the model reaches.
  let red = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3] && rgba[i]! > rgba[i + 1]!) red += rgba[i]!;
  return { pixels, meanRed: red / Math.max(1, pixels.contact) };
}

describe('the opened joint (the lower facet face laid flat)', () => {
  it('lays the face out at its measured size, head end up', () => {
    const width = plan.bounds.maxX - plan.bounds.minX;
    const height = plan.bounds.maxY - plan.bounds.minY;
    // Superior articular facet of L4-L5: about 12–18 mm across each way (reference sheet §3).
    for (const extent of [width, height]) {
      expect(extent).toBeGreaterThan(8);
      expect(extent).toBeLessThan(22);
    }
    const p = joint.cartilageLower.positions;
    let [top, bottom] = [-1, -1];
    for (let v = 0; v < p.length / 3; v++) {
      if (Number.isNaN(plan.xy[2 * v])) continue;
      if (top < 0 || p[3 * v + 1]! > p[3 * top + 1]!) top = v;
      if (bottom < 0 || p[3 * v + 1]! < p[3 * bottom + 1]!) bottom = v;
    }
    expect(plan.xy[2 * top + 1]).toBeGreaterThan(plan.xy[2 * bottom + 1]! + 5);
  });

  it('shows no patch without load, and a larger, redder one leaning back and over a flattened disc', () => {
    const unloaded = film(-20, 0);
    const upright = film(0, 0);
    const leaning = film(20, 0);
    const flattened = film(20, 0.4);
    expect(upright.pixels.face).toBeGreaterThan(160 * 160 * 0.3);
    expect(unloaded.pixels.contact).toBeLessThan(upright.pixels.contact / 3);
    expect(upright.pixels.contact).toBeGreaterThan(upright.pixels.face * 0.02);
    expect(leaning.pixels.contact).toBeGreaterThan(upright.pixels.contact * 1.2);
    expect(flattened.pixels.contact).toBeGreaterThan(leaning.pixels.contact * 1.8);
    expect(leaning.meanRed).toBeGreaterThan(upright.meanRed + 10);
    expect(flattened.meanRed).toBeGreaterThan(leaning.meanRed + 20);
  });

  it('draws the same pixels into a buffer that held another drawing as into a fresh one (a drag reuses it)', () => {
    const reused = new Uint8ClampedArray(160 * 160 * 4);
    rasterizeFilm(filmOf(20, 0.4), 160, 160, reused);
    rasterizeFilm(filmOf(0, 0), 160, 160, reused);
    const fresh = new Uint8ClampedArray(160 * 160 * 4);
    rasterizeFilm(filmOf(0, 0), 160, 160, fresh);
    expect(reused).toEqual(fresh);
  });
});
