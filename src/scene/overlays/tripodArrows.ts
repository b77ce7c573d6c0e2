/**
 * The tripod of one motion segment as three arrows: the disc centre and the two facet joint centres, each pointing
 * down along the load (the lower bone's endplate normal) with a shaft length proportional to its force.
 * Pure: world millimetres in the neutral pose; the scene carries the arrows on the lower bone.
 */
import { Vector3 } from 'three';
import { facetFrameInWorld, lowerBoneOf } from '../../anatomy/facetFrames';
import { segmentLevels, type Segment, type Vertebra } from '../../anatomy/levels';
import { neutralPose, upperEndplateFrame, type BoneId } from '../../anatomy/posture';
import type { Vec3 } from '../../anatomy/sdf/primitives';
import type { TripodLoads } from '../../biomech/facetLoad';
import { bodyShape } from '../../anatomy/vertebraBody';
import { TRIPOD_COLOURS } from './palette';

/** Shaft millimetres per newton: the standing disc load (~550 N) draws about 28 mm (presentation scale). */
const ARROW_MM_PER_NEWTON = 0.05;

export type TripodLeg = keyof typeof TRIPOD_COLOURS;

/** Where one leg's arrow stands: fixed for a segment, whatever the load. */
export interface TripodAnchor {
  leg: TripodLeg;
  /** The point the arrow presses on (its tip), world mm, neutral pose. */
  tip: Vec3;
  /** Unit load direction (down along the segment). */
  direction: Vec3;
  colour: string;
  bone: BoneId;
}

export interface TripodArrow extends TripodAnchor {
  forceN: number;
  /** Shaft length, proportional to the force. */
  lengthMm: number;
}

/** Shaft length for a force: strictly proportional, so the arrows compare like the forces do. */
export function arrowLengthMm(forceN: number): number {
  return Math.max(0, forceN) * ARROW_MM_PER_NEWTON;
}


/** Centre of the disc between a segment's two bones, and the lower bone's downward endplate normal, world mm. */
function discCentreAndDown(segment: Segment): { centre: Vec3; down: Vec3 } {
  const pose = neutralPose();
  const [upper] = segmentLevels(segment) as [Vertebra, unknown];
  const lower = lowerBoneOf(segment);
  const lowerEndplate = lower === 'sacrum' ? pose.sacrum : pose[lower].clone().multiply(upperEndplateFrame(lower as Vertebra));
  const below = new Vector3().applyMatrix4(lowerEndplate);
  const above = new Vector3(0, -bodyShape(upper).halfHeight, 0).applyMatrix4(pose[upper]);
  const down = new Vector3(0, -1, 0).transformDirection(lowerEndplate);
  return { centre: below.add(above).multiplyScalar(0.5).toArray() as Vec3, down: down.toArray() as Vec3 };
}

/** The three arrows' anchors of a segment: disc, left facet, right facet (worked out once per segment). */
export function tripodAnchors(segment: Segment): TripodAnchor[] {
  const { centre, down } = discCentreAndDown(segment);
  const bone = lowerBoneOf(segment);
  const leg = (name: TripodLeg, tip: Vec3): TripodAnchor => ({ leg: name, tip, direction: down, colour: TRIPOD_COLOURS[name], bone });
  return [
    leg('disc', centre),
    leg('leftFacet', facetFrameInWorld(segment, 'left').centre),
    leg('rightFacet', facetFrameInWorld(segment, 'right').centre),
  ];
}

/** The force each leg of the tripod carries, in the anchors' order. */
export function legForcesN(loads: TripodLoads): [number, number, number] {
  return [loads.discN, loads.leftFacetN, loads.rightFacetN];
}

/** The three arrows of a segment for given loads. */
export function tripodArrows(segment: Segment, loads: TripodLoads): TripodArrow[] {
  const forces = legForcesN(loads);
  return tripodAnchors(segment).map((anchor, i) => ({ ...anchor, forceN: forces[i]!, lengthMm: arrowLengthMm(forces[i]!) }));
}
