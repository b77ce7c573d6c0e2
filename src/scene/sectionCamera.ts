import { Matrix4, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { computeLandmarks } from '../anatomy/landmarks';
import type { Segment } from '../anatomy/levels';
import type { SceneState } from '../story/sceneState';
import type { CameraRequest } from './CameraRig';
import type { BoneFrames } from './overlays/boneFrames';
import { segmentBones } from '../anatomy/segmentBones';
import { axialCutView, foramenView, type SegmentDeltas } from './sectionGeometry';
import { foramenSide, sectionOverlay, sectionSegment } from './sectionViews';

/** Radius framed by each section view: the whole cut face with the paraspinal muscles, or one foramen and its walls. */
const FRAME_RADIUS_MM = { 'axial-cut': 62, 'foramen-view': 42 } as const;

export function segmentDeltas(frames: BoneFrames, segment: Segment): SegmentDeltas {
  const bones = segmentBones(segment);
  return { upper: frames.delta(bones.upper, new Matrix4()), lower: frames.delta(bones.lower, new Matrix4()) };
}

/** The camera a section overlay asks for, on the spine as it is posed now; null without one. */
export function sectionCameraRequest(state: SceneState, frames: BoneFrames, nonce: number): CameraRequest | null {
  const overlay = sectionOverlay(state);
  if (!overlay) return null;
  const segment = sectionSegment(state);
  const deltas = segmentDeltas(frames, segment);
  const landmarks = computeLandmarks();
  const view =
    overlay === 'axial-cut'
      ? axialCutView(segment, landmarks, deltas)
      : foramenView(segment, foramenSide(state, segment), landmarks, deltas);
  const radius = FRAME_RADIUS_MM[overlay] * SCENE_UNITS_PER_MM;
  const axes = [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)];
  // The framed ball, as the six points where the axes leave it.
  const points = axes.flatMap((axis) => [view.centre.clone().addScaledVector(axis, radius), view.centre.clone().addScaledVector(axis, -radius)]);
  return { view: { direction: view.direction }, subject: () => points, minExtent: 0, nonce };
}
