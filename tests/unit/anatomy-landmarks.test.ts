/**
 * Landmarks are where soft tissue and procedures attach, so they must sit on the bones actually built and
 * agree with the anatomy: mirrored sides, spinous tips behind the canal, foramina between the pedicles, facet
 * normals facing back and inward, the iliolumbar insertion on the crest.
 */
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { VERTEBRA_DIMENSIONS } from '../../src/anatomy/data/vertebrae';
import { bakedLandmarks } from '../../src/anatomy/bakedLandmarks';
import { computeLandmarks, type Vec3 } from '../../src/anatomy/landmarks';
import { VERTEBRAE, type Vertebra } from '../../src/anatomy/levels';
import { neutralPose, type BoneId } from '../../src/anatomy/posture';

const landmarks = computeLandmarks();
const pose = neutralPose();

function distanceToBone(bone: BoneId, p: Vec3): number {
  const q = new Vector3(...p).applyMatrix4(pose[bone].clone().invert());
  return boneField(bone).sdf(q.x, q.y, q.z);
}

function local(bone: BoneId, p: Vec3): Vec3 {
  return new Vector3(...p).applyMatrix4(pose[bone].clone().invert()).toArray() as Vec3;
}

describe.each(VERTEBRAE)('%s landmarks', (v: Vertebra) => {
  const l = landmarks.vertebrae[v];

  it('surface landmarks lie on the bone (within 0.1 mm of its surface)', () => {
    const named: [string, Vec3][] = [
      ['spinous tip', l.spinousTip],
      ['spinous base upper', l.spinousBaseUpper],
      ['spinous base lower', l.spinousBaseLower],
      ['lamina upper midline', l.laminaUpperMidline],
      ['lamina lower midline', l.laminaLowerMidline],
      ['upper endplate anterior', l.upperEndplate.anterior],
      ['lower endplate posterior', l.lowerEndplate.posterior],
      ...(['left', 'right'] as const).flatMap((s) => [
        [`${s} transverse tip`, l.sides[s].transverseTip] as [string, Vec3],
        [`${s} TP-SAP junction`, l.sides[s].tpSapJunction] as [string, Vec3],
        [`${s} mammillary`, l.sides[s].mammillary] as [string, Vec3],
        [`${s} accessory`, l.sides[s].accessory] as [string, Vec3],
      ]),
    ];
    for (const [name, p] of named) expect(Math.abs(distanceToBone(v, p)), `${v} ${name} off the bone`).toBeLessThan(0.1);
  });

  it('sides mirror each other, and the transverse tips span the tabled width (±10%)', () => {
    const left = local(v, l.sides.left.transverseTip);
    const right = local(v, l.sides.right.transverseTip);
    expect(left[0] + right[0]).toBeCloseTo(0, 3);
    const width = left[0] - right[0];
    const table = VERTEBRA_DIMENSIONS[v].transverseTipToTip;
    expect(Math.abs(width - table) / table, `${v} TP tips ${width.toFixed(1)} mm apart`).toBeLessThanOrEqual(0.1);
  });

  it('spinous tip lies behind the canal; the foramen below lies between the pedicles', () => {
    const tip = local(v, l.spinousTip);
    const body = local(v, l.bodyCentre);
    expect(body[2] - tip[2], `${v} spinous tip depth`).toBeGreaterThan(VERTEBRA_DIMENSIONS[v].spinousLength);
    const foramen = l.sides.left.foramenBelow;
    expect(foramen[1]).toBeLessThan(l.sides.left.pedicleCentre[1]);
  });

  it('the facet joint below faces back and inward, as the superior articular facet does', () => {
    for (const side of ['left', 'right'] as const) {
      const n = l.sides[side].facetBelow.normal;
      const medial = side === 'left' ? -n[0] : n[0];
      expect(medial, `${v} ${side} facet normal medial component`).toBeGreaterThan(0.3);
      expect(Math.hypot(...n)).toBeCloseTo(1, 5);
    }
  });
});

describe('sacrum and ilia landmarks', () => {
  it('S1 endplate centre is the world origin; the foramina run S1 to S4 downward', () => {
    expect(Math.hypot(...landmarks.sacrum.upperEndplate.centre)).toBeLessThan(1e-6);
    for (const side of ['left', 'right'] as const) {
      const ys = landmarks.sacrum.sides[side].dorsalForamina.map((p) => p[1]);
      expect(ys).toHaveLength(4);
      for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThan(ys[i - 1]!);
    }
    expect(landmarks.sacrum.medianCrest).toHaveLength(4);
    for (const p of landmarks.sacrum.medianCrest) expect(Math.abs(distanceToBone('sacrum', p))).toBeLessThan(0.1);
  });

  it('iliolumbar insertion is on the iliac crest, lateral to the L5 transverse tip', () => {
    for (const side of ['left', 'right'] as const) {
      const ilium = landmarks.ilia[side];
      const bone: BoneId = side === 'left' ? 'ilium-left' : 'ilium-right';
      expect(Math.abs(distanceToBone(bone, ilium.iliolumbarInsertion))).toBeLessThan(0.1);
      expect(Math.abs(distanceToBone(bone, ilium.psis))).toBeLessThan(0.1);
      const tip = landmarks.vertebrae.L5.sides[side].transverseTip;
      expect(Math.abs(ilium.iliolumbarInsertion[0])).toBeGreaterThan(Math.abs(tip[0]));
    }
  });
});

describe('the landmarks the app reads (baked by `npm run models`)', () => {
  /** Every number of `a` beside its place in `b`, by path. */
  function pairs(a: unknown, b: unknown, path: string, out: [string, number, unknown][]): [string, number, unknown][] {
    if (typeof a === 'number') out.push([path, a, b]);
    else if (a && typeof a === 'object') for (const [key, value] of Object.entries(a)) pairs(value, (b as Record<string, unknown> | undefined)?.[key], `${path}.${key}`, out);
    return out;
  }

  it('are the computed ones, to a thousandth of a millimetre, with nothing missing or extra', () => {
    const baked = bakedLandmarks();
    const computed = pairs(landmarks, baked, 'landmarks', []);
    expect(computed.length).toBeGreaterThan(300);
    const off = computed.filter(([, value, read]) => typeof read !== 'number' || Math.abs(value - read) > 0.0005 + 1e-9);
    expect(off.map(([path]) => path), 'stale: run `npm run models` and commit src/anatomy/bakedLandmarks.json').toEqual([]);
    expect(pairs(baked, landmarks, 'landmarks', []).length).toBe(computed.length);
  });

  it('are a fresh copy each time, so no reader can change another reader’s', () => {
    const first = bakedLandmarks();
    first.vertebrae.L4.spinousTip[0] += 10;
    expect(bakedLandmarks().vertebrae.L4.spinousTip[0]).toBeCloseTo(landmarks.vertebrae.L4.spinousTip[0], 3);
  });
});
