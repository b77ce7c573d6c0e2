import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { MOUSE, PerspectiveCamera, TOUCH, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { useKiosk } from '../state/kiosk';
import { useSceneLayout } from '../state/sceneLayout';
import type { CameraPose, CameraPreset } from '../story/sceneState';
import { presetDirection, type CameraPoseVectors } from './cameraPresets';
import { frameSubject, freeAreaOffset } from './framing';

/** A view along a direction (from the framed centre toward the camera, world axes): the section overlays' views. */
export interface DirectionView {
  direction: Vector3;
}

export interface CameraRequest {
  view: CameraPreset | CameraPose | DirectionView;
  /** World points on what to frame, read when the move starts (so after the posture of the new step is applied). */
  subject: () => Vector3[];
  /** The framed extent is at least this (world units): a small subject keeps some of its neighbours in view. */
  minExtent: number;
  /** Changes whenever the same view is asked for again. */
  nonce: number;
}

interface Props {
  request: CameraRequest | null;
  reducedMotion: boolean;
}

/** Seconds a camera move takes; eased. */
const MOVE_SECONDS = 1.1;
const WORLD_UP = new Vector3(0, 1, 0);

function viewDirection(view: CameraRequest['view']): Vector3 {
  if (typeof view === 'string') return presetDirection(view);
  if ('direction' in view) return view.direction.clone().normalize();
  const position = new Vector3(...view.position).multiplyScalar(SCENE_UNITS_PER_MM);
  return position.sub(new Vector3(...view.target).multiplyScalar(SCENE_UNITS_PER_MM)).normalize();
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Orbit / pan / zoom by mouse and touch, and smooth moves that frame the step's subject in the free part of the
 * scene (what the layout publishes). When that free area changes (a sheet opens, the phone turns) the picture
 * follows it: re-framed while the user has not turned the camera themselves, otherwise only re-centred, so their
 * own view is kept.
 */
export function CameraRig({ request, reducedMotion }: Props) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const free = useSceneLayout((s) => s.free);
  // The clinic tablet's attract screen turns the spine slowly (about 75 s a turn at 60 fps), unless motion is reduced.
  const attract = useKiosk((s) => s.attract);
  const move = useRef<{ from: CameraPoseVectors; to: CameraPoseVectors; t: number } | null>(null);
  const pending = useRef(false);
  const userMoved = useRef(false);
  const framed = useRef<{ centre: Vector3; radius: number } | null>(null);

  useEffect(() => {
    pending.current = request !== null;
    userMoved.current = false;
  }, [request]);

  // The free area is measured in the scene area, which the canvas fills: the same pixels.
  const freeRect = free.width > 0 && free.height > 0 ? free : { x: 0, y: 0, width: size.width, height: size.height };
  const { x, y, width, height } = freeRect;
  useEffect(() => {
    camera.setViewOffset(...freeAreaOffset(size.width, size.height, { x, y, width, height }));
    if (!userMoved.current) pending.current = true;
  }, [camera, size.width, size.height, x, y, width, height]);

  useFrame((_, delta) => {
    const c = controls.current;
    if (!c) return;
    if (pending.current && request) {
      pending.current = false;
      const to = frameSubject({
        points: request.subject(),
        direction: viewDirection(request.view),
        up: WORLD_UP,
        verticalFovDeg: camera.fov,
        viewHeight: size.height,
        free: { x, y, width, height },
        minExtent: request.minExtent,
      });
      const distance = to.position.distanceTo(to.target);
      c.minDistance = distance * 0.35;
      c.maxDistance = distance * 4;
      framed.current = { centre: to.target.clone(), radius: distance * 0.5 };
      if (reducedMotion) {
        camera.position.copy(to.position);
        c.target.copy(to.target);
        c.update();
        move.current = null;
      } else {
        move.current = { from: { position: camera.position.clone(), target: c.target.clone() }, to, t: 0 };
      }
    }
    const m = move.current;
    if (m) {
      m.t = Math.min(1, m.t + delta / MOVE_SECONDS);
      const k = ease(m.t);
      camera.position.lerpVectors(m.from.position, m.to.position, k);
      c.target.lerpVectors(m.from.target, m.to.target, k);
      if (m.t >= 1) move.current = null;
    }
    if (framed.current) clampTarget(c.target, framed.current);
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      rotateSpeed={0.7}
      autoRotate={attract && !reducedMotion}
      autoRotateSpeed={0.8}
      mouseButtons={{ LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN }}
      touches={{ ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN }}
      onStart={() => {
        move.current = null;
        userMoved.current = true;
      }}
    />
  );
}

/** Keeps the orbit centre near the framed structures so a pan can never lose the spine. */
function clampTarget(target: Vector3, frame: { centre: Vector3; radius: number }): void {
  const offset = target.clone().sub(frame.centre);
  const limit = frame.radius * 1.2;
  if (offset.length() > limit) target.copy(frame.centre).addScaledVector(offset.normalize(), limit);
}
