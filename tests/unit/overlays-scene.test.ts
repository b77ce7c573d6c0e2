import { describe, expect, it } from 'vitest';
import { facetFrameInWorld } from '../../src/anatomy/facetFrames';
import { distance, dot } from '../../src/anatomy/softTissue/vec3';
import { tripodLoads } from '../../src/biomech/facetLoad';
import { bloomProgress, inflammationPulse, NEEDLE_APPROACH_S, needleProgress, PULSE_HZ } from '../../src/scene/overlays/motion';
import { focusJoints, overlayPlans } from '../../src/scene/overlays/focusJoints';
import { inflammationShell } from '../../src/scene/overlays/inflammationShapes';
import { arrowLengthMm, tripodArrows } from '../../src/scene/overlays/tripodArrows';
import { sceneStateSchema } from '../../src/story/sceneState';

const state = (focus: ('L4-L5' | 'L5-S1')[] = []) =>
  sceneStateSchema.parse({ camera: 'posterior', visible: { kinds: ['bone'] }, focus });

describe('tripod arrows', () => {
  it('scale their shaft length with the force, so double the newtons is double the length', () => {
    expect(arrowLengthMm(400)).toBeCloseTo(2 * arrowLengthMm(200), 9);
    expect(arrowLengthMm(0)).toBe(0);
    const loads = tripodLoads('L4-L5', 3, 0.4);
    const arrows = tripodArrows('L4-L5', loads);
    const [disc, left] = arrows;
    expect(disc!.lengthMm / left!.lengthMm).toBeCloseTo(loads.discN / loads.leftFacetN, 6);
  });

  it('press down on the disc centre and the two facet joint centres, along the segment', () => {
    const arrows = tripodArrows('L4-L5', tripodLoads('L4-L5', 0, 0));
    expect(arrows.map((a) => a.leg)).toEqual(['disc', 'leftFacet', 'rightFacet']);
    expect(distance(arrows[1]!.tip, facetFrameInWorld('L4-L5', 'left').centre)).toBe(0);
    // The disc centre is in front of the facets, near the midline.
    expect(Math.abs(arrows[0]!.tip[0])).toBeLessThan(1);
    expect(arrows[0]!.tip[2]).toBeGreaterThan(arrows[1]!.tip[2] + 20);
    for (const a of arrows) expect(dot(a.direction, [0, -1, 0])).toBeGreaterThan(0.8);
  });
});

describe('overlay timing', () => {
  it('brings the needle in over about two seconds, then holds; reduced motion cuts straight to the end', () => {
    expect(needleProgress(0, false)).toBe(0);
    expect(needleProgress(NEEDLE_APPROACH_S / 2, false)).toBeCloseTo(0.5, 6);
    expect(needleProgress(NEEDLE_APPROACH_S + 5, false)).toBe(1);
    expect(needleProgress(0, true)).toBe(1);
    expect(bloomProgress(0, false)).toBe(0);
    expect(bloomProgress(0, true)).toBe(1);
  });

  it('pulses inflammation slowly (≈ 0.25 Hz) and holds it still with reduced motion', () => {
    expect(PULSE_HZ).toBeLessThanOrEqual(0.3);
    expect(inflammationPulse(0, false)).toBeCloseTo(inflammationPulse(1 / PULSE_HZ, false), 6);
    expect(inflammationPulse(0.3, true)).toBe(inflammationPulse(2.1, true));
  });
});

describe('overlay placement', () => {
  it('defaults to both L4-L5 joints and follows the focus', () => {
    expect(focusJoints(state())).toEqual([
      { segment: 'L4-L5', side: 'left' },
      { segment: 'L4-L5', side: 'right' },
    ]);
    expect(focusJoints(state(['L5-S1', 'L4-L5']))).toHaveLength(4);
  });

  it('plans needles for every focused joint, and prolotherapy once per side', () => {
    expect(overlayPlans(state(['L4-L5']), 'needle-medial-branch-block').flatMap((p) => p.needles)).toHaveLength(4);
    expect(overlayPlans(state(['L4-L5', 'L5-S1']), 'needle-prolotherapy')).toHaveLength(2);
  });

  it('wraps each inflamed joint in a shell larger than the facet itself', () => {
    const joint = facetFrameInWorld('L4-L5', 'left');
    const shell = inflammationShell({ segment: 'L4-L5', side: 'left' });
    expect(shell.centre).toEqual(joint.centre);
    expect(shell.halfSizes[0]).toBeGreaterThan(joint.width / 2);
    expect(shell.halfSizes[1]).toBeGreaterThan(joint.height / 2);
  });
});
