/**
 * The load model: what part of a segment's axial compression the two facet joints carry (§5.2 curve),
 * the resulting forces on the "tripod" (disc + two facets), and the mean cartilage contact pressure.
 * Illustrative, not validated: real values vary about ±50 % between people (§5.2).
 */
import { SEGMENTS, type Segment } from '../anatomy/levels';
import { AXIAL_LOAD_STANDING_N, CONTACT_PRESSURE, FACET_SHARE } from './data';
import { facetSideFractions, type LstvVariant } from './lstv';
import { segmentAngles } from './segmentAngles';

/** Neutral share for a fractional disc height loss: a narrower disc hands load backwards to the facets. */
function neutralShare(discHeightLoss: number): number {
  const loss = Math.max(0, discHeightLoss);
  return Math.min(FACET_SHARE.discLossCap, FACET_SHARE.healthyNeutral + FACET_SHARE.perDiscHeightLoss * loss);
}

/** Posture factor: extension presses the facets together, flexion draws them apart. */
function postureFactor(segmentAngleDeg: number): number {
  if (segmentAngleDeg < 0) return Math.max(0, 1 + segmentAngleDeg / FACET_SHARE.unloadedFlexionDeg);
  return 1 + segmentAngleDeg / FACET_SHARE.doublingExtensionDeg;
}

/** Fraction (0…0.7) of the segment's axial load carried by both facet joints together. */
export function facetShare(segmentAngleDeg: number, discHeightLoss: number): number {
  return Math.min(FACET_SHARE.ceiling, neutralShare(discHeightLoss) * postureFactor(segmentAngleDeg));
}

export interface FacetForce {
  /** Both joints together, N. */
  bothN: number;
  /** One joint, N, with the load split evenly. */
  perJointN: number;
}

export function facetForce(segmentAngleDeg: number, discHeightLoss: number, axialN = AXIAL_LOAD_STANDING_N): FacetForce {
  const bothN = facetShare(segmentAngleDeg, discHeightLoss) * axialN;
  return { bothN, perJointN: bothN / 2 };
}

export interface TripodLoads {
  discN: number;
  leftFacetN: number;
  rightFacetN: number;
  /** Facet share of the axial load, both joints. */
  share: number;
  /** True above the share where the facet tips start to bear on the lamina below (§12.5). */
  impingementWarning: boolean;
}

/** The three legs of a motion segment's load: disc and both facets. */
export function tripodLoads(
  segment: Segment,
  segmentAngleDeg: number,
  discHeightLoss: number,
  axialN = AXIAL_LOAD_STANDING_N,
  lstv?: LstvVariant,
): TripodLoads {
  const share = facetShare(segmentAngleDeg, discHeightLoss);
  const facetsN = share * axialN;
  const sides = facetSideFractions(segment, lstv);
  return {
    discN: axialN - facetsN,
    leftFacetN: facetsN * sides.left,
    rightFacetN: facetsN * sides.right,
    share,
    impingementWarning: share > FACET_SHARE.impingementWarning,
  };
}

/**
 * Tripod loads of every segment for a trunk angle. With a transitional vertebra, load follows motion:
 * L4-L5, driven further into extension, carries the facet load L5-S1 no longer takes (§12.6).
 */
export function segmentLoads(
  trunkExtensionDeg: number,
  discHeightLoss: Partial<Record<Segment, number>>,
  axialN = AXIAL_LOAD_STANDING_N,
  options: { lstv?: LstvVariant } = {},
): Record<Segment, TripodLoads> {
  const angles = segmentAngles(trunkExtensionDeg, options);
  const loads = {} as Record<Segment, TripodLoads>;
  for (const segment of SEGMENTS) {
    loads[segment] = tripodLoads(segment, angles[segment], discHeightLoss[segment] ?? 0, axialN, options.lstv);
  }
  return loads;
}

/**
 * Mean cartilage contact pressure (MPa) under one joint's force: the measured neutral pressure at the
 * neutral standing force, scaled by the force ratio to the power CONTACT_PRESSURE.forceExponent.
 */
export function meanContactPressureMPa(jointForceN: number): number {
  const neutralJointForceN = facetForce(0, 0, AXIAL_LOAD_STANDING_N).perJointN;
  return CONTACT_PRESSURE.neutralMPa * (Math.max(0, jointForceN) / neutralJointForceN) ** CONTACT_PRESSURE.forceExponent;
}

/** Mean contact pressure of one joint, MPa, for a segment angle and disc height loss; zero when the facets are unloaded. */
export function contactPressureMPa(segmentAngleDeg: number, discHeightLoss: number, axialN = AXIAL_LOAD_STANDING_N): number {
  return meanContactPressureMPa(facetForce(segmentAngleDeg, discHeightLoss, axialN).perJointN);
}

/** What a reader sees of one segment in a posture: its angle, the loads on its tripod, the mean contact pressure. */
export interface SegmentMechanics {
  angleDeg: number;
  loads: TripodLoads;
  pressureMPa: number;
}

/**
 * The one way from a trunk angle to a segment's loads: the posture controls' readouts, the legend's bars, the tripod
 * arrows and the pressure map all read it, so they always agree.
 */
export function segmentMechanics(
  segment: Segment,
  trunkExtensionDeg: number,
  discHeightLoss: Partial<Record<Segment, number>>,
  lstv?: LstvVariant,
): SegmentMechanics {
  const angleDeg = segmentAngles(trunkExtensionDeg, { lstv })[segment];
  const loss = discHeightLoss[segment] ?? 0;
  return {
    angleDeg,
    loads: tripodLoads(segment, angleDeg, loss, AXIAL_LOAD_STANDING_N, lstv),
    pressureMPa: contactPressureMPa(angleDeg, loss),
  };
}
