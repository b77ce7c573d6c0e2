import { Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, type Segment } from '../../src/anatomy/levels';
import { neutralPose } from '../../src/anatomy/posture';
import { segmentBones } from '../../src/anatomy/segmentBones';
import { ROTATION_CENTRE } from '../../src/biomech/data';
import { tipClearanceMm } from '../../src/biomech/impingement';
import { posedBoneMatrices, rotationCentre } from '../../src/biomech/posedSpine';
import { segmentAngles } from '../../src/biomech/segmentAngles';

const landmarks = computeLandmarks();
const neutral = neutralPose();
const zero = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;

/** The motion of a bone from neutral to posed, in the world frame. */
const motionOf = (posed: Matrix4, bone: Matrix4) => posed.clone().multiply(bone.clone().invert());
const apply = (m: Matrix4, p: readonly number[]) => new Vector3(p[0], p[1], p[2]).applyMatrix4(m);

/** Signed rotation about +X (the patient's left) of a rigid motion, degrees. */
function rotationAboutLeftDeg(m: Matrix4): number {
  const q = new Quaternion().setFromRotationMatrix(m);
  const angle = 2 * Math.acos(Math.min(1, Math.abs(q.w)));
  return ((Math.sign(q.w) * Math.sign(q.x) || 1) * angle * 180) / Math.PI;
}

describe('rotation centres (§4.2, §12.4)', () => {
  it('sit in the mid-sagittal plane, 60 % of the endplate depth back from its front and 2 mm below it', () => {
    for (const segment of SEGMENTS) {
      const lower = segment === 'L5-S1' ? landmarks.sacrum.upperEndplate : landmarks.vertebrae[segment.split('-')[1] as 'L2'].upperEndplate;
      const c = new Vector3(...rotationCentre(segment, landmarks));
      expect(c.x).toBe(0);
      const front = new Vector3(...lower.anterior).setX(0);
      const back = new Vector3(...lower.posterior).setX(0).sub(front).normalize();
      const along = c.clone().sub(front).dot(back);
      expect(along / lower.depth).toBeCloseTo(ROTATION_CENTRE.depthFraction, 2);
      const normal = new Vector3(0, -back.z, back.y);
      expect(c.clone().sub(front).dot(normal)).toBeCloseTo(-ROTATION_CENTRE.belowEndplateMm, 6);
    }
  });

  it('moves 2–3 mm toward the disc centre in a severely degenerated disc', () => {
    for (const segment of SEGMENTS) {
      const healthy = new Vector3(...rotationCentre(segment, landmarks));
      const degenerated = new Vector3(...rotationCentre(segment, landmarks, 0.5));
      const shift = degenerated.distanceTo(healthy);
      expect(shift).toBeGreaterThanOrEqual(2);
      expect(shift).toBeLessThanOrEqual(3);
    }
  });
});

describe('posedBoneMatrices', () => {
  it('is the neutral posture when every segment angle is zero', () => {
    const posed = posedBoneMatrices(zero, neutral, landmarks);
    for (const id of Object.keys(neutral) as (keyof typeof neutral)[]) {
      posed[id].elements.forEach((v, i) => expect(v).toBeCloseTo(neutral[id].elements[i]!, 9));
    }
  });

  it('keeps the sacrum and both ilia fixed however the trunk moves', () => {
    for (const trunk of [-40, 15]) {
      const posed = posedBoneMatrices(segmentAngles(trunk), neutral, landmarks, { 'L5-S1': 0.5, 'L4-L5': 0.3 });
      for (const id of ['sacrum', 'ilium-left', 'ilium-right'] as const) expect(posed[id].equals(neutral[id])).toBe(true);
    }
  });

  it('turns L5 about the L5-S1 centre by the L5-S1 angle, and each vertebra by its own segment on the one below', () => {
    const angles = segmentAngles(12);
    const posed = posedBoneMatrices(angles, neutral, landmarks);
    const l5Motion = motionOf(posed.L5, neutral.L5);
    const centre = rotationCentre('L5-S1', landmarks);
    expect(apply(l5Motion, centre).distanceTo(new Vector3(...centre))).toBeLessThan(1e-9);
    expect(rotationAboutLeftDeg(l5Motion)).toBeCloseTo(-angles['L5-S1'], 6);
    const l4OnL5 = motionOf(posed.L4, neutral.L4).premultiply(l5Motion.clone().invert());
    expect(rotationAboutLeftDeg(l4OnL5)).toBeCloseTo(-angles['L4-L5'], 6);
    const l1Motion = motionOf(posed.L1, neutral.L1);
    expect(rotationAboutLeftDeg(l1Motion)).toBeCloseTo(-12, 6);
  });

  it('tilts the upper vertebrae backwards in extension and forwards in flexion', () => {
    const spinousGap = (trunk: number) => {
      const posed = posedBoneMatrices(segmentAngles(trunk), neutral, landmarks);
      const l4Tip = apply(motionOf(posed.L4, neutral.L4), landmarks.vertebrae.L4.spinousTip);
      const l3Tip = apply(motionOf(posed.L3, neutral.L3), landmarks.vertebrae.L3.spinousTip);
      const l1Body = apply(motionOf(posed.L1, neutral.L1), landmarks.vertebrae.L1.bodyCentre);
      return { spinous: l3Tip.distanceTo(l4Tip), l1z: l1Body.z };
    };
    const upright = spinousGap(0);
    const extended = spinousGap(15);
    const flexed = spinousGap(-40);
    expect(extended.spinous).toBeLessThan(upright.spinous);
    expect(flexed.spinous).toBeGreaterThan(upright.spinous);
    expect(extended.l1z).toBeLessThan(upright.l1z);
    expect(flexed.l1z).toBeGreaterThan(upright.l1z);
  });

  it('lowers the upper vertebra by the lost disc height, or until its articular process tips land on the bone across', () => {
    for (const segment of SEGMENTS) {
      const { upper, lower } = segmentBones(segment);
      const upperEndplate = landmarks.vertebrae[upper as 'L1'].lowerEndplate.centre;
      const lowerEndplate = lower === 'sacrum' ? landmarks.sacrum.upperEndplate.centre : landmarks.vertebrae[lower as 'L2'].upperEndplate.centre;
      const discHeight = (loss: number) => {
        const posed = posedBoneMatrices(zero, neutral, landmarks, { [segment]: loss });
        const top = apply(motionOf(posed[upper], neutral[upper]), upperEndplate);
        const bottom = apply(motionOf(posed[lower], neutral[lower]), lowerEndplate);
        const upperToLower = posed[lower].clone().invert().multiply(posed[upper]);
        return { height: top.distanceTo(bottom), clearance: Math.min(...SIDES.map((side) => tipClearanceMm(segment, side, upperToLower))) };
      };
      const healthy = discHeight(0).height;
      for (const loss of [0.1, 0.3, 0.5]) {
        const { height, clearance } = discHeight(loss);
        if (clearance > 0.01) expect(height / healthy).toBeCloseTo(1 - loss, 2);
        expect(height).toBeLessThanOrEqual(healthy + 1e-9);
        expect(clearance).toBeGreaterThanOrEqual(-0.01);
      }
    }
  });
});
