import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { facetFrameInUpperBone, toJoint } from '../../src/anatomy/facetFrames';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, type Segment } from '../../src/anatomy/levels';
import { neutralPose } from '../../src/anatomy/posture';
import { segmentBones } from '../../src/anatomy/segmentBones';
import { IMPINGEMENT } from '../../src/biomech/data';
import { impingement, inferiorProcessTip, tipClearanceMm } from '../../src/biomech/impingement';
import { posedBoneMatrices } from '../../src/biomech/posedSpine';
import { segmentAngles } from '../../src/biomech/segmentAngles';

const landmarks = computeLandmarks();
const neutral = neutralPose();
const allSegments = (loss: number) => Object.fromEntries(SEGMENTS.map((s) => [s, loss])) as Record<Segment, number>;

describe('tips of the inferior articular processes', () => {
  it('are the lowest bone of each inferior articular process, below its facet', () => {
    for (const segment of SEGMENTS) {
      for (const side of SIDES) {
        const frame = facetFrameInUpperBone(segment, side);
        const tip = inferiorProcessTip(segment, side);
        const [, up] = toJoint(frame, tip.x, tip.y, tip.z);
        expect(up).toBeLessThan(-frame.height / 2);
        const sdf = boneField(segmentBones(segment).upper).sdf;
        expect(Math.abs(sdf(tip.x, tip.y, tip.z))).toBeLessThan(0.5);
      }
    }
  });

  it('clear the bone below in healthy standing', () => {
    const posed = posedBoneMatrices(segmentAngles(0), neutral, landmarks);
    for (const segment of SEGMENTS) {
      const tips = impingement(segment, posed, 0);
      for (const side of SIDES) {
        expect(tips[side].clearanceMm).toBeGreaterThan(IMPINGEMENT.touchMm);
        expect(tips[side].impinging).toBe(false);
      }
    }
  });

  it('come down onto the lamina below with severe (50 %) disc height loss, and the contact point is on that bone', () => {
    const posed = posedBoneMatrices(segmentAngles(0), neutral, landmarks, allSegments(0.5));
    const impinging = SEGMENTS.filter((segment) => {
      const tips = impingement(segment, posed, 0.5);
      for (const side of SIDES) {
        const { lower } = segmentBones(segment);
        const contactLocal = new Vector3(...tips[side].contact).applyMatrix4(posed[lower].clone().invert());
        expect(Math.abs(boneField(lower).sdf(contactLocal.x, contactLocal.y, contactLocal.z))).toBeLessThan(0.1);
        // The fields are not exact distances near smooth blends, so allow half a millimetre.
        expect(new Vector3(...tips[side].contact).distanceTo(new Vector3(...tips[side].tip))).toBeLessThan(Math.max(0, tips[side].clearanceMm) + 0.5);
      }
      return tips.left.impinging && tips.right.impinging;
    });
    expect(impinging).toContain('L4-L5');
  });

  it('let a disc lose a quarter of its height before any articular process tip lands (grade 2 ↔ 25 % loss, §12.6)', () => {
    const posed = posedBoneMatrices(segmentAngles(0), neutral, landmarks, allSegments(0.25));
    for (const segment of SEGMENTS) {
      const { upper, lower } = segmentBones(segment);
      const upperToLower = posed[lower].clone().invert().multiply(posed[upper]);
      for (const side of SIDES) expect(tipClearanceMm(segment, side, upperToLower), `${segment} ${side}`).toBeGreaterThan(0.01);
    }
  });

  it('are never flagged below 40 % disc height loss', () => {
    const posed = posedBoneMatrices(segmentAngles(15), neutral, landmarks, allSegments(0.3));
    for (const segment of SEGMENTS) for (const side of SIDES) expect(impingement(segment, posed, 0.3)[side].impinging).toBe(false);
  });
});
