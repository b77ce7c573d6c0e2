import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../src/anatomy/levels';
import { AXIAL_LOAD_STANDING_N, FACET_SHARE, LOAD_ANCHORS } from '../../src/biomech/data';
import { contactPressureMPa, facetForce, facetShare, segmentLoads, tripodLoads } from '../../src/biomech/facetLoad';

describe('facet share of axial load (§5.2 curve)', () => {
  it('is 8–16 % in healthy standing, inside the published 3–16 %', () => {
    const share = facetShare(0, 0);
    expect(share).toBeGreaterThanOrEqual(0.08);
    expect(share).toBeLessThanOrEqual(LOAD_ANCHORS.healthyShareRange[1]);
  });

  it('falls to about zero at 5° of flexion and stays there', () => {
    for (const flexion of [5, 6, 10, 20]) expect(facetShare(-flexion, 0)).toBeLessThan(0.005);
    expect(facetShare(-2, 0)).toBeGreaterThan(0);
  });

  it('about doubles between 4° and 6° of extension', () => {
    const neutral = facetShare(0, 0);
    expect(facetShare(4, 0) / neutral).toBeGreaterThanOrEqual(1.9);
    expect(facetShare(4, 0) / neutral).toBeLessThanOrEqual(2.6);
    expect(facetShare(6, 0) / neutral).toBeLessThanOrEqual(2.6);
  });

  it('is about 40 % standing with severe (50 %) disc height loss', () => {
    expect(facetShare(0, 0.5)).toBeCloseTo(0.4, 2);
  });

  it('never exceeds the 70 % impingement ceiling', () => {
    for (let angle = -15; angle <= 25; angle += 1) {
      for (let loss = 0; loss <= 0.6; loss += 0.05) expect(facetShare(angle, loss)).toBeLessThanOrEqual(0.7 + 1e-12);
    }
    expect(facetShare(20, 0.6)).toBeCloseTo(FACET_SHARE.ceiling, 6);
  });

  it('never falls when extension or disc height loss grows (grid)', () => {
    for (let loss = 0; loss <= 0.6; loss += 0.02) {
      for (let angle = -15; angle < 20; angle += 0.25) {
        expect(facetShare(angle + 0.25, loss)).toBeGreaterThanOrEqual(facetShare(angle, loss));
        expect(facetShare(angle, loss + 0.02)).toBeGreaterThanOrEqual(facetShare(angle, loss));
      }
    }
  });

  it('rises strictly with extension and with moderate disc loss, so the curve is not flat', () => {
    expect(facetShare(2, 0)).toBeGreaterThan(facetShare(1, 0));
    expect(facetShare(0, 0.3)).toBeGreaterThan(facetShare(0, 0.2));
  });
});

describe('facet forces at a standing 600 N axial load', () => {
  it('are 40–60 N for both joints in neutral', () => {
    const [low, high] = LOAD_ANCHORS.neutralForceRangeN;
    const { bothN, perJointN } = facetForce(0, 0, AXIAL_LOAD_STANDING_N);
    expect(bothN).toBeGreaterThanOrEqual(low);
    expect(bothN).toBeLessThanOrEqual(high);
    expect(perJointN).toBeCloseTo(bothN / 2, 9);
  });

  it('are 75–120 N for both joints in 4–6° of extension', () => {
    const [low, high] = LOAD_ANCHORS.extensionForceRangeN;
    for (const extension of [4, 5, 6]) {
      const { bothN } = facetForce(extension, 0);
      expect(bothN).toBeGreaterThanOrEqual(low);
      expect(bothN).toBeLessThanOrEqual(high);
    }
  });

  it('split into disc and two facets that add up to the axial load', () => {
    const loads = tripodLoads('L4-L5', 3, 0.2, 800);
    expect(loads.discN + loads.leftFacetN + loads.rightFacetN).toBeCloseTo(800, 9);
    expect(loads.leftFacetN).toBeCloseTo(loads.rightFacetN, 9);
    expect(loads.share).toBeCloseTo(facetShare(3, 0.2), 12);
  });

  it('warn of impingement only above a 40 % share', () => {
    expect(tripodLoads('L4-L5', 0, 0.5).impingementWarning).toBe(false);
    expect(tripodLoads('L4-L5', 2, 0.5).impingementWarning).toBe(true);
    expect(tripodLoads('L4-L5', 4, 0).impingementWarning).toBe(false);
  });
});

describe('mean facet contact pressure (pressure-film anchors, Jaumard 2011)', () => {
  it('is 4.5 MPa in neutral', () => {
    expect(contactPressureMPa(0, 0)).toBeCloseTo(4.5, 6);
  });

  it('meets the measured 5.8 MPa at 4° and 6.1 MPa at 6° extension within 5 %', () => {
    for (const anchor of LOAD_ANCHORS.pressureExtensionMPa) {
      expect(contactPressureMPa(anchor.extensionDeg, 0)).toBeGreaterThan(anchor.mpa * 0.95);
      expect(contactPressureMPa(anchor.extensionDeg, 0)).toBeLessThan(anchor.mpa * 1.05);
    }
  });

  it('rises with disc height loss and vanishes when the facets are unloaded in flexion', () => {
    expect(contactPressureMPa(0, 0.5)).toBeGreaterThan(contactPressureMPa(0, 0.25));
    expect(contactPressureMPa(0, 0.25)).toBeGreaterThan(contactPressureMPa(0, 0));
    expect(contactPressureMPa(-5, 0)).toBe(0);
  });
});

describe('transitional vertebra (LSTV) load transfer', () => {
  const extended = 15;
  const noLoss = {};

  it('changes nothing for Castellvi type I (no contact with the sacrum)', () => {
    expect(segmentLoads(extended, noLoss, 600, { lstv: { type: 'Ib', side: 'left' } })).toEqual(segmentLoads(extended, noLoss));
  });

  it('moves 30–50 % of the facet load lost at L5-S1 onto L4-L5 with a fused type IIIb', () => {
    const normal = segmentLoads(extended, noLoss);
    const fused = segmentLoads(extended, noLoss, 600, { lstv: { type: 'IIIb', side: 'left' } });
    const facets = (l: (typeof normal)['L5-S1']) => l.leftFacetN + l.rightFacetN;
    const lostAtL5S1 = facets(normal['L5-S1']) - facets(fused['L5-S1']);
    const gainedAtL4L5 = facets(fused['L4-L5']) - facets(normal['L4-L5']);
    expect(lostAtL5S1).toBeGreaterThan(10);
    expect(gainedAtL4L5 / lostAtL5S1).toBeGreaterThanOrEqual(0.3);
    expect(gainedAtL4L5 / lostAtL5S1).toBeLessThanOrEqual(0.5);
    for (const segment of ['L1-L2', 'L2-L3', 'L3-L4'] as const) expect(fused[segment]).toEqual(normal[segment]);
  });

  it('loads the contralateral facet more in a one-sided type, at L5-S1 and L4-L5 only', () => {
    const loads = segmentLoads(0, noLoss, 600, { lstv: { type: 'IIa', side: 'left' } });
    for (const segment of ['L4-L5', 'L5-S1'] as const) expect(loads[segment].rightFacetN).toBeGreaterThan(loads[segment].leftFacetN);
    for (const segment of SEGMENTS.slice(0, 3)) expect(loads[segment].rightFacetN).toBeCloseTo(loads[segment].leftFacetN, 9);
  });
});
