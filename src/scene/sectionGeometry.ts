/**
 * Where the section overlays look, on the posed spine: the axial cut's plane through a segment's facet joints, and
 * the point and direction of the lateral foramen view. Bones carry neutral-pose landmarks by their "delta" (posed
 * world matrix times the inverse neutral one, overlays/boneFrames.ts), so the cut follows the posture.
 */
import { Matrix4, Plane, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import type { Landmarks, Vec3 } from '../anatomy/landmarks';
import { SIDES, type Segment, type Side } from '../anatomy/levels';
import { neutralPose, type BoneId } from '../anatomy/posture';
import { segmentBones } from '../anatomy/segmentBones';

/** The moves of a segment's two bones from their neutral pose (identity = neutral). */
export interface SegmentDeltas {
  upper: Matrix4;
  lower: Matrix4;
}

const toScene = (p: Vec3) => new Vector3(...p).multiplyScalar(SCENE_UNITS_PER_MM);

/** A neutral point between two bones, carried by both and averaged (the joint moves with each half-way). */
function carried(point: Vector3, deltas: SegmentDeltas): Vector3 {
  return point.clone().applyMatrix4(deltas.upper).add(point.clone().applyMatrix4(deltas.lower)).multiplyScalar(0.5);
}

function boneAxis(bone: BoneId, delta: Matrix4): Vector3 {
  return new Vector3(0, 1, 0).transformDirection(neutralPose()[bone]).transformDirection(delta);
}

/** The segment's own cranial axis: the mean of its two bones' long axes (the disc's normal, near enough). */
export function segmentAxis(segment: Segment, deltas: SegmentDeltas): Vector3 {
  const bones = segmentBones(segment);
  return boneAxis(bones.upper, deltas.upper).add(boneAxis(bones.lower, deltas.lower)).normalize();
}

/** Midpoint of the segment's two facet joint centres, in scene units. */
function facetMidpoint(segment: Segment, landmarks: Landmarks, deltas: SegmentDeltas): Vector3 {
  const { upper } = segmentBones(segment);
  const sum = new Vector3();
  for (const side of SIDES) sum.add(toScene(landmarks.vertebrae[upper].sides[side].facetBelow.centre));
  return carried(sum.multiplyScalar(0.5), deltas);
}

/**
 * The axial cut: the plane across the segment (normal along its axis) through its facet joints, keeping what lies
 * below. three's clipping keeps the side a plane's normal points to, so the normal points caudally.
 */
export function axialCutPlane(segment: Segment, landmarks: Landmarks, deltas: SegmentDeltas, out = new Plane()): Plane {
  return out.setFromNormalAndCoplanarPoint(segmentAxis(segment, deltas).negate(), facetMidpoint(segment, landmarks, deltas));
}

/** The camera never looks straight down the axis: a little anterior tilt keeps the back at the top of the screen. */
const MIN_ANTERIOR_TILT = 0.08;

/** Looking down on the cut face along the segment's axis, centred between the facets and the vertebral body. */
export function axialCutView(segment: Segment, landmarks: Landmarks, deltas: SegmentDeltas): { centre: Vector3; direction: Vector3 } {
  const { upper } = segmentBones(segment);
  const plane = axialCutPlane(segment, landmarks, deltas);
  const body = carried(toScene(landmarks.vertebrae[upper].lowerEndplate.centre), deltas);
  const centre = plane.projectPoint(body.add(facetMidpoint(segment, landmarks, deltas)).multiplyScalar(0.5), new Vector3());
  const direction = segmentAxis(segment, deltas);
  direction.z = Math.max(direction.z, MIN_ANTERIOR_TILT);
  return { centre, direction: direction.normalize() };
}

/** Sideways into the foramen, a little from above, so its floor (the disc) and its back wall (the facet) both show. */
const FORAMEN_DIRECTION: Record<Side, Vec3> = { left: [1, 0.08, 0.05], right: [-1, 0.08, 0.05] };

export function foramenView(segment: Segment, side: Side, landmarks: Landmarks, deltas: SegmentDeltas): { centre: Vector3; direction: Vector3 } {
  const { upper } = segmentBones(segment);
  const centre = carried(toScene(landmarks.vertebrae[upper].sides[side].foramenBelow), deltas);
  return { centre, direction: new Vector3(...FORAMEN_DIRECTION[side]).normalize() };
}
