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
import { tripodLoads, type TripodLoads } from '../../biomech/facetLoad';
import { lstvVariant } from '../../biomech/lstv';
import { bodyShape } from '../../anatomy/vertebraBody';
import { segmentAngles } from '../../biomech/segmentAngles';
import type { SceneState } from '../../story/sceneState';
import { TRIPOD_COLOURS } from './palette';

/** Shaft millimetres per newton: the standing disc load (~550 N) draws about 28 mm (presentation scale). */
export const ARROW_MM_PER_NEWTON = 0.05;

export type TripodLeg = keyof typeof TRIPOD_COLOURS;

export interface TripodArrow {
  leg: TripodLeg;
  forceN: number;
  /** Shaft length, proportional to the force. */
  lengthMm: number;
  /** The point the arrow presses on (its tip), world mm, neutral pose. */
  tip: Vec3;
  /** Unit load direction (down along the segment). */
  direction: Vec3;
  colour: string;
  bone: BoneId;
}

/** Shaft length for a force: strictly proportional, so the arrows compare like the forces do. */
export function arrowLengthMm(forceN: number): number {
  return Math.max(0, forceN) * ARROW_MM_PER_NEWTON;
}


/** The tripod loads of a segment in the scene's posture, disc height loss and LSTV variant. */
export function sceneTripodLoads(state: SceneState, segment: Segment): TripodLoads {
  const lstv = lstvVariant(state.variants);
  const angle = segmentAngles(state.motion.extensionDeg, { lstv })[segment];
  return tripodLoads(segment, angle, state.motion.discHeightLoss[segment] ?? 0, undefined, lstv);
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

/** The three arrows of a segment for given loads. */
export function tripodArrows(segment: Segment, loads: TripodLoads): TripodArrow[] {
  const { centre, down } = discCentreAndDown(segment);
  const bone = lowerBoneOf(segment);
  const leg = (name: TripodLeg, forceN: number, tip: Vec3): TripodArrow => ({
    leg: name,
    forceN,
    lengthMm: arrowLengthMm(forceN),
    tip,
    direction: down,
    colour: TRIPOD_COLOURS[name],
    bone,
  });
  return [
    leg('disc', loads.discN, centre),
    leg('leftFacet', loads.leftFacetN, facetFrameInWorld(segment, 'left').centre),
    leg('rightFacet', loads.rightFacetN, facetFrameInWorld(segment, 'right').centre),
  ];
}
