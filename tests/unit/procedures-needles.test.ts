import { describe, expect, it } from 'vitest';
import { facetFrameInWorld, toJoint } from '../../src/anatomy/facetFrames';
import { SEGMENTS, SIDES, type Segment, type Vertebra } from '../../src/anatomy/levels';
import { distance, dot } from '../../src/anatomy/softTissue/vec3';
import { boneDistance, nearestBone } from '../../src/procedures/boneField';
import { MEDIAL_BRANCH, RF_CANNULA, TIP_OFF_BONE_MM } from '../../src/procedures/data';
import { procedurePlan } from '../../src/procedures/index';
import { nervesOfJoint } from '../../src/procedures/medialBranchBlock';
import { pathClearance } from '../../src/procedures/needlePlan';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { l5DorsalRamusSite, medialBranchSite } from '../../src/procedures/targets';

const DEG = 180 / Math.PI;
/** The joints the story shows procedures at. */
const STORY_SEGMENTS: Segment[] = ['L4-L5', 'L5-S1'];

describe('medial branch block (§8.1)', () => {
  it('blocks two nerves at two different levels for every joint', () => {
    for (const segment of SEGMENTS) {
      for (const side of SIDES) {
        const needles = procedurePlan('needle-medial-branch-block', segment, side).needles;
        expect(needles).toHaveLength(2);
        const levels = needles.map((n) => (n.aim.kind === 'nerve' ? n.aim.nerve.level : 'none'));
        expect(new Set(levels).size, `${segment} ${side}`).toBe(2);
        expect(needles[0]!.target[1]).toBeGreaterThan(needles[1]!.target[1]);
      }
    }
  });

  it('follows the §8.1 table: L4-5 = L3 MB at the L4 junction + L4 MB at L5; L5-S1 = L4 MB + L5 dorsal ramus', () => {
    const l45 = procedurePlan('needle-medial-branch-block', 'L4-L5', 'left').needles;
    expect(l45.map((n) => [n.aim.kind === 'nerve' && n.aim.nerve.level, n.bone])).toEqual([
      ['L3', 'L4'],
      ['L4', 'L5'],
    ]);
    const l5s1 = procedurePlan('needle-medial-branch-block', 'L5-S1', 'right').needles;
    expect(l5s1.map((n) => n.aim.kind === 'nerve' && `${n.aim.nerve.level} ${n.aim.nerve.branch}`)).toEqual([
      'L4 medial-branch',
      'L5 dorsal-ramus',
    ]);
    expect(l5s1[1]!.bone).toBe('sacrum');
  });

  it('puts each needle tip within 3 mm of the shared landmark (TP–SAP junction or sacral ala groove), on the bone', () => {
    const landmarks = computeLandmarks();
    for (const segment of SEGMENTS) {
      for (const side of SIDES) {
        for (const n of procedurePlan('needle-medial-branch-block', segment, side).needles) {
          const nerve = n.aim.kind === 'nerve' ? n.aim.nerve : undefined;
          const expected =
            nerve?.branch === 'dorsal-ramus'
              ? landmarks.sacrum.sides[side].alaFacetGroove
              : landmarks.vertebrae[n.bone as Vertebra].sides[side].tpSapJunction;
          expect(distance(n.target, expected), `${segment} ${side}`).toBeLessThanOrEqual(3);
          // On the periosteum: outside the bone, no further from it than the tip's stand-off.
          const offBone = nearestBone(n.target).distance;
          expect(offBone).toBeGreaterThan(0);
          expect(offBone).toBeLessThanOrEqual(TIP_OFF_BONE_MM + 1e-6);
        }
      }
    }
  });

  it('reaches each medial branch at the vertebra below its own level, and the L5 ramus lowest', () => {
    expect(medialBranchSite('L3', 'left').bone).toBe('L4');
    expect(medialBranchSite('T12', 'right').bone).toBe('L1');
    expect(l5DorsalRamusSite('left').landmark[1]).toBeLessThan(medialBranchSite('L4', 'left').landmark[1]);
    const [l, r] = [medialBranchSite('L3', 'left').landmark, medialBranchSite('L3', 'right').landmark];
    expect(l[0]).toBeGreaterThan(15);
    expect(Math.abs(l[0] + r[0])).toBeLessThan(0.5);
  });
});

describe('intra-articular injection', () => {
  it('ends inside the joint cleft, within 3 mm of the joint centre, coming from behind and the same side', () => {
    for (const segment of SEGMENTS) {
      for (const side of SIDES) {
        const [needle] = procedurePlan('needle-intra-articular', segment, side).needles;
        const joint = facetFrameInWorld(segment, side);
        const [a, , c] = toJoint(joint, ...needle!.target);
        const cleft = joint.radius - Math.sqrt(joint.radius ** 2 - a ** 2);
        expect(Math.abs(c - cleft)).toBeLessThan(joint.gap / 2);
        expect(distance(needle!.target, joint.centre)).toBeLessThanOrEqual(3);
        expect(needle!.approach.obliqueDeg).toBeGreaterThan(10);
        expect(needle!.entry[2]).toBeLessThan(needle!.target[2]);
      }
    }
  });
});

describe('radiofrequency ablation (§8.1)', () => {
  it('lays every cannula within 30° of the nerve it burns', () => {
    for (const segment of SEGMENTS) {
      for (const side of SIDES) {
        const sites = nervesOfJoint(segment, side);
        procedurePlan('needle-radiofrequency', segment, side).needles.forEach((n, i) => {
          const angle = Math.acos(Math.min(1, Math.abs(dot(n.direction, sites[i]!.course)))) * DEG;
          expect(angle, `${segment} ${side} ${i}`).toBeLessThanOrEqual(30);
        });
      }
    }
  });

  it('draws an elongated lesion of the published 1.1–2.2 mm radius around the active tip, on the nerve', () => {
    const plan = procedurePlan('needle-radiofrequency', 'L4-L5', 'left');
    expect(plan.lesions).toHaveLength(2);
    plan.lesions.forEach((lesion, i) => {
      expect(lesion.radiusMm).toBe(MEDIAL_BRANCH.lesionRadiusMaxMm);
      expect(lesion.radiusMinMm).toBe(MEDIAL_BRANCH.lesionRadiusMinMm);
      expect(lesion.halfLengthMm).toBeGreaterThan(2 * lesion.radiusMm);
      const needle = plan.needles[i]!;
      expect(distance(lesion.centre, needle.target)).toBeCloseTo(RF_CANNULA.activeTipMm / 2, 5);
      // The nerve's landmark lies inside the lesion.
      expect(distance(needle.landmark, needle.target)).toBeLessThan(lesion.radiusMm);
    });
  });

  it('stays at least 1 mm off the bone until its active tip lies down on the nerve', () => {
    for (const segment of SEGMENTS) {
      for (const n of procedurePlan('needle-radiofrequency', segment, 'left').needles) {
        expect(pathClearance(n.entry, n.target, RF_CANNULA.activeTipMm), segment).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('fits a standard cannula at the joints the story shows', () => {
    for (const segment of STORY_SEGMENTS) {
      for (const n of procedurePlan('needle-radiofrequency', segment, 'right').needles) {
        expect(distance(n.entry, n.target)).toBeLessThanOrEqual(RF_CANNULA.lengthMm);
      }
    }
  });
});

describe('prolotherapy at the iliolumbar ligament', () => {
  it('injects several points at both attachments, the L5 transverse process and the iliac crest', () => {
    const needles = procedurePlan('needle-prolotherapy', 'L4-L5', 'left').needles;
    const at = (attachment: string) => needles.filter((n) => n.aim.kind === 'ligament' && n.aim.attachment === attachment);
    expect(at('transverse-process').length).toBeGreaterThanOrEqual(2);
    expect(at('iliac-crest').length).toBeGreaterThanOrEqual(2);
    for (const n of at('transverse-process')) {
      expect(n.bone).toBe('L5');
      expect(boneDistance('L5', n.target)).toBeLessThan(3);
    }
    const landmarks = computeLandmarks();
    for (const n of at('iliac-crest')) {
      expect(n.bone).toBe('ilium-left');
      expect(boneDistance('ilium-left', n.target)).toBeLessThan(3);
      expect(distance(n.target, landmarks.ilia.left.iliolumbarInsertion)).toBeLessThan(15);
    }
    expect(distance(at('transverse-process')[0]!.target, landmarks.vertebrae.L5.sides.left.transverseTip)).toBeLessThanOrEqual(3);
  });
});

describe('every needle path', () => {
  it('crosses no bone before its target, and starts at the skin behind it', () => {
    const overlays = ['needle-medial-branch-block', 'needle-intra-articular', 'needle-radiofrequency'] as const;
    for (const segment of SEGMENTS) {
      for (const overlay of overlays) {
        for (const n of procedurePlan(overlay, segment, 'left').needles) {
          expect(pathClearance(n.entry, n.target), `${overlay} ${segment}`).toBeGreaterThan(0);
          expect(n.entry[2]).toBeLessThan(n.target[2] - 20);
        }
      }
    }
    for (const n of procedurePlan('needle-prolotherapy', 'L4-L5', 'right').needles) {
      expect(pathClearance(n.entry, n.target)).toBeGreaterThan(0);
    }
  });
});
