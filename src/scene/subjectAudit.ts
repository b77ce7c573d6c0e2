import type { Camera, Scene, WebGLRenderer } from 'three';
import type { SceneState } from '../story/sceneState';
import { renderIds } from './idPass';
import type { ModelIndex } from './modelIndex';
import { subjectParts, surfacePoints } from './subjectParts';

/** A part at least this opaque as drawn now hides what is behind it; fainter ghosts (x-ray, faded) do not. */
const OPAQUE = 0.5;

/** The subject's outline on screen: the bounds of its surface points, in client (CSS) pixels. */
export function subjectClientRect(index: ModelIndex, state: SceneState, camera: Camera, canvas: HTMLCanvasElement) {
  index.root.updateMatrixWorld(true);
  const rect = canvas.getBoundingClientRect();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of surfacePoints(subjectParts(index, state), 2000)) {
    const p = point.project(camera);
    const x = rect.left + ((p.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - p.y) / 2) * rect.height;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

/**
 * The share of the subject's pixels that can be seen: the scene drawn with a flat colour per structure (the subject
 * among everything opaque as drawn now), against the subject drawn alone. For the scene audit.
 */
export function subjectVisibleShare(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, state: SceneState): number | null {
  const subject = new Set(subjectParts(index, state));
  if (subject.size === 0) return null;
  const width = Math.max(1, Math.round(gl.domElement.clientWidth / 2));
  const height = Math.max(1, Math.round(gl.domElement.clientHeight / 2));
  const ids = new Set([...subject].map((p) => index.parts.indexOf(p) + 1));
  const count = (pixels: Uint16Array) => pixels.reduce((n, id) => (ids.has(id) ? n + 1 : n), 0);
  const seen = count(renderIds(gl, scene, camera, index, { withOpaque: subject, occludes: (p) => p.look.material.opacity >= OPAQUE }, width, height));
  const alone = count(renderIds(gl, scene, camera, index, { only: subject }, width, height));
  return alone > 0 ? seen / alone : 0;
}
