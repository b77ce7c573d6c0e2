import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { MOUSE, PerspectiveCamera, Sphere, TOUCH, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { CameraPreset, CameraPose } from '../story/sceneState';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { directionPose, presetDirection, type CameraPoseVectors } from './cameraPresets';

/** A view along a direction (from the framed centre toward the camera, world axes): the section overlays' views. */
export interface DirectionView {
  direction: Vector3;
}

export interface CameraRequest {
  view: CameraPreset | CameraPose | DirectionView;
  /** Bounding sphere (scene units) to frame. */
  frame: Sphere;
  /** Changes whenever the same view is asked for again. */
  nonce: number;
}

interface Props {
  request: CameraRequest | null;
  reducedMotion: boolean;
  viewShiftPx: number;
}

/** Seconds a camera move takes; eased. */
const MOVE_SECONDS = 1.1;

function resolvePose(request: CameraRequest, camera: PerspectiveCamera, aspect: number): CameraPoseVectors {
  const { view, frame } = request;
  if (typeof view === 'string') return directionPose(presetDirection(view), frame.center, frame.radius, camera.fov, aspect);
  if ('direction' in view) return directionPose(view.direction, frame.center, frame.radius, camera.fov, aspect);
  const toScene = (v: readonly number[]) => new Vector3(v[0], v[1], v[2]).multiplyScalar(SCENE_UNITS_PER_MM);
  return { position: toScene(view.position), target: toScene(view.target) };
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Orbit / pan / zoom by mouse and touch, and smooth moves to the views the scene state asks for. */
export function CameraRig({ request, reducedMotion, viewShiftPx }: Props) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const move = useRef<{ from: CameraPoseVectors; to: CameraPoseVectors; t: number } | null>(null);

  useEffect(() => {
    const c = controls.current;
    if (!request || !c) return;
    const to = resolvePose(request, camera, size.width / Math.max(size.height, 1));
    const radius = request.frame.radius;
    c.minDistance = radius * 0.6;
    c.maxDistance = radius * 6;
    if (reducedMotion) {
      camera.position.copy(to.position);
      c.target.copy(to.target);
      c.update();
      move.current = null;
    } else {
      move.current = { from: { position: camera.position.clone(), target: c.target.clone() }, to, t: 0 };
    }
    // size is read for the aspect at request time; a resize alone should not re-frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, camera, reducedMotion]);

  useEffect(() => {
    if (viewShiftPx === 0) camera.clearViewOffset();
    else camera.setViewOffset(size.width, size.height, -viewShiftPx, 0, size.width, size.height);
  }, [camera, size.width, size.height, viewShiftPx]);

  useFrame((_, delta) => {
    const c = controls.current;
    const m = move.current;
    if (!c) return;
    if (m) {
      m.t = Math.min(1, m.t + delta / MOVE_SECONDS);
      const k = ease(m.t);
      camera.position.lerpVectors(m.from.position, m.to.position, k);
      c.target.lerpVectors(m.from.target, m.to.target, k);
      if (m.t >= 1) move.current = null;
    }
    if (request) clampTarget(c.target, request.frame);
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      rotateSpeed={0.7}
      mouseButtons={{ LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN }}
      touches={{ ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN }}
      onStart={() => {
        move.current = null;
      }}
    />
  );
}

/** Keeps the orbit centre near the framed structures so a pan can never lose the spine. */
function clampTarget(target: Vector3, frame: Sphere): void {
  const offset = target.clone().sub(frame.center);
  const limit = frame.radius * 1.2;
  if (offset.length() > limit) target.copy(frame.center).addScaledVector(offset.normalize(), limit);
}
