import { Matrix4, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { bakedLandmarks } from '../anatomy/bakedLandmarks';
import type { Segment, Side } from '../anatomy/levels';
import type { SceneState } from '../story/sceneState';
import type { CameraRequest } from './CameraRig';
import type { BoneFrames } from './overlays/boneFrames';
import { segmentBones } from '../anatomy/segmentBones';
import { axialCutView, foramenView, type SegmentDeltas } from './sectionGeometry';
import { foramenSide, sectionOverlay, sectionSegment, type SectionOverlay } from './sectionViews';

/**
 * Radius framed round each section view's centre, with the step's subject always whole in the frame: the cut face
 * from the body to the spinous process (the muscles' outer edge may leave the picture), or one foramen and its walls.
 */
const FRAME_RADIUS_MM = { 'axial-cut': 45, 'foramen-view': 24 } as const;

export function segmentDeltas(frames: BoneFrames, segment: Segment): SegmentDeltas {
  const bones = segmentBones(segment);
  return { upper: frames.delta(bones.upper, new Matrix4()), lower: frames.delta(bones.lower, new Matrix4()) };
}

/** What a section overlay looks at: the overlay, its segment and (for the foramen view) the side. */
export interface SectionShot {
  overlay: SectionOverlay;
  segment: Segment;
  side: Side;
}

/** The section shot a scene state asks for; null without a section overlay. */
export function sectionShot(state: Pick<SceneState, 'overlays' | 'focus' | 'variants'>): SectionShot | null {
  const overlay = sectionOverlay(state);
  if (!overlay) return null;
  const segment = sectionSegment(state);
  return { overlay, segment, side: overlay === 'foramen-view' ? foramenSide(state, segment) : 'left' };
}

export function sameShot(a: SectionShot | null, b: SectionShot | null): boolean {
  return a === b || (a !== null && b !== null && a.overlay === b.overlay && a.segment === b.segment && a.side === b.side);
}

/** The camera a section shot asks for, on the spine as it is posed now (the scene adds the step's subject to it). */
export function sectionCameraRequest(shot: SectionShot, frames: BoneFrames, nonce: number): CameraRequest {
  const { overlay, segment, side } = shot;
  const deltas = segmentDeltas(frames, segment);
  const landmarks = bakedLandmarks();
  const view = overlay === 'axial-cut' ? axialCutView(segment, landmarks, deltas) : foramenView(segment, side, landmarks, deltas);
  const radius = FRAME_RADIUS_MM[overlay] * SCENE_UNITS_PER_MM;
  const axes = [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)];
  // The framed ball, as the six points where the axes leave it.
  const points = axes.flatMap((axis) => [view.centre.clone().addScaledVector(axis, radius), view.centre.clone().addScaledVector(axis, -radius)]);
  return { view: { direction: view.direction }, subject: () => points, minExtent: 0, nonce };
}
