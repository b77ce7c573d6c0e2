/**
 * The sacrum's shape along its curved long axis, in the sacrum's local frame (posture.ts: origin at the S1
 * endplate centre, +Y its normal, +Z anterior). The axis is a circular arc bending forward as it descends, so
 * the pelvic surface is concave. The SDF (sacrumSdf.ts) and the landmarks both read from here.
 */
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { SACRUM_SHAPE } from './data/shapeDefaults';
import { facetFrameInLowerBone, fromJoint, sideSign, type FacetFrame } from './facetFrames';
import type { Side } from './levels';
import type { Vec3 } from './sdf/primitives';

type Profile = readonly (readonly [number, number])[];

/** Piecewise-linear lookup of a profile at distance s down the axis. */
export function profileAt(profile: Profile, s: number): number {
  const first = profile[0]!;
  if (s <= first[0]) return first[1];
  for (let i = 1; i < profile.length; i++) {
    const [s1, v1] = profile[i]!;
    const [s0, v0] = profile[i - 1]!;
    if (s <= s1) return v0 + ((v1 - v0) * (s - s0)) / (s1 - s0);
  }
  return profile[profile.length - 1]![1];
}

export const SACRUM_LENGTH = SACRUM_DIMENSIONS.length;

/**
 * Axis coordinates of a point: s = arc length down the axis from the endplate, v = offset toward the pelvic
 * (anterior) side of the axis, x unchanged.
 */
export function toSacralAxis(y: number, z: number): { s: number; v: number } {
  const R = SACRUM_SHAPE.curveRadius;
  const r = Math.sqrt(y ** 2 + (R - z) ** 2);
  return { s: R * Math.atan2(-y, R - z), v: R - r };
}

/** Local point at axis coordinates (x, s, v). */
export function fromSacralAxis(x: number, s: number, v: number): Vec3 {
  const R = SACRUM_SHAPE.curveRadius;
  const phi = s / R;
  const r = R - v;
  return [x, -r * Math.sin(phi), R - r * Math.cos(phi)];
}

export interface SacrumSideLayout {
  facet: FacetFrame;
  /** Root of the S1 superior articular process on the ala / pedicle. */
  facetRoot: Vec3;
  /** Groove between the ala and the S1 superior articular process (L5 dorsal ramus block target). */
  alaFacetGroove: Vec3;
  alaTop: Vec3;
  dorsalForamina: Vec3[];
  pelvicForamina: Vec3[];
  auricularCentre: Vec3;
  /** Outward normal of the auricular surface. */
  auricularNormal: Vec3;
}

export interface SacrumLayout {
  sides: Record<Side, SacrumSideLayout>;
  /** Dorsal median crest tubercles S1-S4. */
  medianCrest: Vec3[];
}

/** Dorsal surface offset (v) of the lateral mass at s. */
export function dorsalSurfaceV(s: number): number {
  return profileAt(SACRUM_SHAPE.massOffset, s) - profileAt(SACRUM_SHAPE.massHalfDepth, s);
}

export function pelvicSurfaceV(s: number): number {
  return profileAt(SACRUM_SHAPE.bodyHalfDepth, s);
}

function sideLayout(side: Side): SacrumSideLayout {
  const sign = sideSign(side);
  const S = SACRUM_SHAPE;
  const facet = facetFrameInLowerBone('L5-S1', side);
  const ala = S.massHalfWidth[0]![1];
  const alaTopX = sign * (ala - 12);
  const alaTopY = -1.5 - (Math.abs(alaTopX) - S.alaDropStart) * S.alaDropSlope;
  const auricularS = 32;
  return {
    facet,
    facetRoot: fromJoint(facet, 0, -facet.height / 2, -facet.gap / 2 - 6),
    alaFacetGroove: [sign * (Math.abs(facet.centre[0]) + 9), alaTopY - 1, facet.centre[2] + 6],
    alaTop: [alaTopX, alaTopY, -4],
    dorsalForamina: S.foramina.map((f) => fromSacralAxis(sign * f.dorsalHalfSpan, f.at, dorsalSurfaceV(f.at))),
    pelvicForamina: S.foramina.map((f) => fromSacralAxis(sign * f.pelvicHalfSpan, f.at, pelvicSurfaceV(f.at))),
    auricularCentre: fromSacralAxis(
      sign * profileAt(S.massHalfWidth, auricularS),
      auricularS,
      profileAt(S.massOffset, auricularS),
    ),
    auricularNormal: [sign, 0, 0],
  };
}

let cached: SacrumLayout | undefined;

export function sacrumLayout(): SacrumLayout {
  cached ??= {
    sides: { left: sideLayout('left'), right: sideLayout('right') },
    medianCrest: [10, 32, 52, 70].map((s) => fromSacralAxis(0, s, dorsalSurfaceV(s) - SACRUM_SHAPE.medianCrestRadius)),
  };
  return cached;
}
