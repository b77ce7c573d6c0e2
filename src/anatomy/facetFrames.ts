/**
 * Where each facet joint is and how it faces, from the facet table (§12.2) and the lower bone's layout.
 *
 * A joint frame has its origin at the middle of the joint space and three unit axes:
 * n, the normal of the lower bone's superior articular facet, pointing across the joint toward the upper bone's
 * inferior articular process (posteromedially, tilted up by 90° - the sagittal inclination); u, up along the
 * joint plane; t, along the joint plane in the axial direction, pointing posterolaterally on both sides. The
 * facet surfaces are coaxial cylinders around an axis parallel to u at distance R on the +n side: the superior
 * facet (radius R + gap/2) is concave, the inferior one (radius R - gap/2) convex.
 */
import { Matrix4, Vector3 } from './vectorMath';
import { FACET_JOINT_TISSUE, FACET_ORIENTATION, type FacetSegment } from './data/facets';
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { FACET_CURVATURE_RADIUS, POSTERIOR_SHAPE } from './data/shapeDefaults';
import { VERTEBRA_DIMENSIONS } from './data/vertebrae';
import type { Side, Vertebra } from './levels';
import { neutralPose, upperEndplateFrame, type BoneId } from './posture';
import type { Vec3 } from './sdf/primitives';

export interface FacetFrame {
  centre: Vec3;
  t: Vec3;
  u: Vec3;
  n: Vec3;
  /** Curvature radius of the joint in the axial plane. */
  radius: number;
  /** Bone-to-bone joint space. */
  gap: number;
  /** Facet width (along t) and height (along u). */
  width: number;
  height: number;
}

const DEG = Math.PI / 180;

export function sideSign(side: Side): 1 | -1 {
  return side === 'left' ? 1 : -1;
}

/** The bone carrying the superior articular facet of a joint. */
export function lowerBoneOf(segment: FacetSegment): BoneId {
  const lower = segment.split('-')[1]!;
  return lower === 'S1' ? 'sacrum' : (lower as Vertebra);
}

function upperBoneOf(segment: FacetSegment): BoneId | undefined {
  const upper = segment.split('-')[0]!;
  return upper === 'T12' ? undefined : (upper as Vertebra);
}

/** The joint frame in the local frame of its lower bone. */
export function facetFrameInLowerBone(segment: FacetSegment, side: Side): FacetFrame {
  const lower = lowerBoneOf(segment);
  const dims = lower === 'sacrum' ? SACRUM_DIMENSIONS : VERTEBRA_DIMENSIONS[lower as Vertebra];
  const endplate = lower === 'sacrum' ? new Matrix4() : upperEndplateFrame(lower as Vertebra);
  const s = sideSign(side);
  const { axialAngle, sagittalInclination } = FACET_ORIENTATION[segment];
  const a = axialAngle * DEG;
  const tilt = (90 - sagittalInclination) * DEG;
  // In the endplate's frame (y = endplate normal), then carried into the bone frame.
  const n = new Vector3(-s * Math.cos(a) * Math.cos(tilt), Math.sin(tilt), -Math.sin(a) * Math.cos(tilt));
  const u = new Vector3(0, 1, 0).addScaledVector(n, -n.y).normalize();
  const t = new Vector3(s * Math.sin(a), 0, -Math.cos(a));
  t.addScaledVector(n, -t.dot(n)).addScaledVector(u, -t.dot(u)).normalize();
  const centre = new Vector3(
    (s * dims.interFacetWidth) / 2,
    POSTERIOR_SHAPE.facetRise,
    -(dims.upperEndplateDepth / 2 + POSTERIOR_SHAPE.facetBehindWall),
  );
  return {
    centre: vec(centre.applyMatrix4(endplate)),
    t: vec(t.transformDirection(endplate)),
    u: vec(u.transformDirection(endplate)),
    n: vec(n.transformDirection(endplate)),
    radius: FACET_CURVATURE_RADIUS[segment],
    gap: FACET_JOINT_TISSUE.jointSpace,
    width: dims.facetWidth,
    height: dims.facetHeight,
  };
}

/** The same joint frame expressed in another bone's local frame (via the neutral posture), or in the world. */
function transformFacetFrame(frame: FacetFrame, matrix: Matrix4): FacetFrame {
  const dir = (v: Vec3) => vec(new Vector3(...v).transformDirection(matrix));
  return {
    ...frame,
    centre: vec(new Vector3(...frame.centre).applyMatrix4(matrix)),
    t: dir(frame.t),
    u: dir(frame.u),
    n: dir(frame.n),
  };
}

export function facetFrameInWorld(segment: FacetSegment, side: Side): FacetFrame {
  return transformFacetFrame(facetFrameInLowerBone(segment, side), neutralPose()[lowerBoneOf(segment)]);
}

/** The joint frame in the upper vertebra's local frame (where its inferior articular process is built). */
export function facetFrameInUpperBone(segment: FacetSegment, side: Side): FacetFrame {
  const upper = upperBoneOf(segment);
  if (!upper) throw new Error(`${segment} has no modelled upper bone`);
  const pose = neutralPose();
  const lowerToUpper = pose[upper].clone().invert().multiply(pose[lowerBoneOf(segment)]);
  return transformFacetFrame(facetFrameInLowerBone(segment, side), lowerToUpper);
}

/** Coordinates (along t, u, n) of a point relative to the joint frame. */
export function toJoint(f: FacetFrame, x: number, y: number, z: number): [number, number, number] {
  const dx = x - f.centre[0];
  const dy = y - f.centre[1];
  const dz = z - f.centre[2];
  return [
    dx * f.t[0] + dy * f.t[1] + dz * f.t[2],
    dx * f.u[0] + dy * f.u[1] + dz * f.u[2],
    dx * f.n[0] + dy * f.n[1] + dz * f.n[2],
  ];
}

/** The point at joint coordinates (a along t, b along u, c along n). */
export function fromJoint(f: FacetFrame, a: number, b: number, c: number): Vec3 {
  return [
    f.centre[0] + a * f.t[0] + b * f.u[0] + c * f.n[0],
    f.centre[1] + a * f.t[1] + b * f.u[1] + c * f.n[1],
    f.centre[2] + a * f.t[2] + b * f.u[2] + c * f.n[2],
  ];
}

/** Distance from the facet cylinders' axis. */
export function facetAxisDistance(f: FacetFrame, a: number, c: number): number {
  return Math.sqrt(a ** 2 + (c - f.radius) ** 2);
}

function vec(v: Vector3): Vec3 {
  return [v.x, v.y, v.z];
}
