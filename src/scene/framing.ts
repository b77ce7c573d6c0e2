import { Vector3 } from 'three';
import type { ScreenRect } from '../state/sceneLayout';

/** Share of the free area's smaller side that the framed extent (the subject with its context) takes. */
export const FRAME_FILL = 0.66;
/**
 * A small subject is framed with some of its neighbours so the patient still sees where it sits, but never so
 * loosely that it fills less than FRAME_FILL / MAX_CONTEXT_RATIO of the free side (0.66 / 1.9 ≈ 0.35).
 */
export const MAX_CONTEXT_RATIO = 1.9;

export interface Framing {
  position: Vector3;
  target: Vector3;
}

export interface FramingInput {
  /** World points on the subject's surface, as posed now. */
  points: readonly Vector3[];
  /** Unit direction from the subject toward the camera. */
  direction: Vector3;
  /** The world's up, kept up on screen. */
  up: Vector3;
  verticalFovDeg: number;
  /** Height of the whole drawing area, CSS px. */
  viewHeight: number;
  /** Where in the drawing area the subject goes (CSS px). */
  free: ScreenRect;
  /** The framed extent (world units) is at least this, unless that would make the subject too small. */
  minExtent: number;
}

/** The camera basis for a view direction: right and up on screen. */
export function viewBasis(direction: Vector3, worldUp: Vector3): { right: Vector3; up: Vector3 } {
  const forward = direction.clone().negate();
  let right = new Vector3().crossVectors(forward, worldUp);
  // Looking straight down the world's up: any right will do.
  if (right.lengthSq() < 1e-8) right = new Vector3(1, 0, 0);
  right.normalize();
  const up = new Vector3().crossVectors(right, forward).normalize();
  return { right, up };
}

/**
 * Where the camera goes so that the subject, seen along `direction`, sits centred on the orbit target at a size of
 * FRAME_FILL of the free rectangle's smaller side (the view offset then puts that target at the free rectangle's
 * centre). Sizes come from the subject's points projected on the screen axes, so a tall spine and a small joint are
 * both framed by what they really cover, for the real aspect ratio of the free area.
 */
export function frameSubject(input: FramingInput): Framing {
  const { points, direction, up: worldUp, verticalFovDeg, viewHeight, free, minExtent } = input;
  const { right, up } = viewBasis(direction, worldUp);
  const centre = new Vector3();
  for (const p of points) centre.add(p);
  centre.divideScalar(Math.max(points.length, 1));
  let minR = Infinity;
  let maxR = -Infinity;
  let minU = Infinity;
  let maxU = -Infinity;
  let maxDepth = 0;
  const offset = new Vector3();
  for (const p of points) {
    offset.subVectors(p, centre);
    const r = offset.dot(right);
    const u = offset.dot(up);
    minR = Math.min(minR, r);
    maxR = Math.max(maxR, r);
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    maxDepth = Math.max(maxDepth, offset.dot(direction));
  }
  if (points.length === 0) minR = maxR = minU = maxU = 0;
  const target = centre
    .clone()
    .addScaledVector(right, (minR + maxR) / 2)
    .addScaledVector(up, (minU + maxU) / 2);
  const subjectExtent = Math.max(maxR - minR, maxU - minU, 1e-6);
  const extent = Math.min(Math.max(subjectExtent, minExtent), subjectExtent * MAX_CONTEXT_RATIO);
  // Pixels per world unit at distance d: viewHeight / (2 d tan(fov / 2)).
  const tanHalf = Math.tan(((verticalFovDeg * Math.PI) / 180) / 2);
  const freeSide = Math.max(Math.min(free.width, free.height), 1);
  const distance = (extent * viewHeight) / (2 * FRAME_FILL * freeSide * tanHalf) + maxDepth;
  return { position: target.clone().addScaledVector(direction, distance), target };
}

/**
 * The view offset that draws the orbit target at the free rectangle's centre instead of the canvas centre
 * (arguments for PerspectiveCamera.setViewOffset).
 */
export function freeAreaOffset(width: number, height: number, free: ScreenRect): [number, number, number, number, number, number] {
  const cx = free.width > 0 ? free.x + free.width / 2 : width / 2;
  const cy = free.height > 0 ? free.y + free.height / 2 : height / 2;
  return [width, height, width / 2 - cx, height / 2 - cy, width, height];
}
