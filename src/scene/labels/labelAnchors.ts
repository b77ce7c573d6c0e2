import { Raycaster, Vector3, type Camera, type Mesh } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import type { StructurePart } from '../modelIndex';

/** A point on a structure's surface, as one of its mesh's vertices, so it follows the posed (or skinned) bone. */
export interface LabelAnchor {
  mesh: Mesh;
  vertex: number;
}

/** Something in front of an anchor by less than this (scene units) is the anchor's own surface, not a cover. */
const OCCLUSION_SLACK = 1.5 * SCENE_UNITS_PER_MM;

const raycaster = new Raycaster();
const direction = new Vector3();
const point = new Vector3();

export function anchorPosition(anchor: LabelAnchor, out: Vector3): Vector3 {
  return anchor.mesh.getVertexPosition(anchor.vertex, out).applyMatrix4(anchor.mesh.matrixWorld);
}

/** Points further out than this (normalised device units) count as off the picture when an anchor is aimed. */
const IN_VIEW_NDC = 0.85;

/**
 * The middle of the parts as seen: the mean of their sampled points that lie in the picture, or of all of them when
 * none does. A long structure (a muscle, a root, a ligament) is then named where the view shows it.
 */
function seenMiddle(parts: readonly StructurePart[], camera: Camera): Vector3 {
  const all = new Vector3();
  const seen = new Vector3();
  let count = 0;
  let seenCount = 0;
  for (const { mesh } of parts) {
    const positions = mesh.geometry.getAttribute('position');
    const stride = Math.max(1, Math.floor(positions.count / 50));
    for (let i = 0; i < positions.count; i += stride, count++) {
      mesh.getVertexPosition(i, point).applyMatrix4(mesh.matrixWorld);
      all.add(point);
      const p = direction.copy(point).project(camera);
      if (p.z < 1 && Math.abs(p.x) < IN_VIEW_NDC && Math.abs(p.y) < IN_VIEW_NDC) {
        seen.add(point);
        seenCount++;
      }
    }
  }
  return seenCount > 0 ? seen.divideScalar(seenCount) : all.divideScalar(Math.max(count, 1));
}

/**
 * The anchor of a label: where a ray from the camera toward the structure's middle as seen first meets its surface
 * (the side the patient sees, not the hidden centre); without a hit, its vertex nearest the camera. World matrices
 * must be current.
 */
export function findAnchor(parts: readonly StructurePart[], camera: Camera): LabelAnchor | null {
  if (parts.length === 0) return null;
  const centre = seenMiddle(parts, camera);
  raycaster.set(camera.position, direction.subVectors(centre, camera.position).normalize());
  const hit = raycaster.intersectObjects(parts.map((p) => p.mesh), false)[0];
  if (hit?.face) {
    const mesh = hit.object as Mesh;
    const { a, b, c } = hit.face;
    const distanceToHit = (vertex: number) => anchorPosition({ mesh, vertex }, point).distanceTo(hit.point);
    return { mesh, vertex: [a, b, c].sort((x, y) => distanceToHit(x) - distanceToHit(y))[0]! };
  }
  let best: LabelAnchor | null = null;
  let bestDistance = Infinity;
  for (const { mesh } of parts) {
    const positions = mesh.geometry.getAttribute('position');
    const stride = Math.max(1, Math.floor(positions.count / 200));
    for (let i = 0; i < positions.count; i += stride) {
      const d = mesh.getVertexPosition(i, point).applyMatrix4(mesh.matrixWorld).distanceTo(camera.position);
      if (d < bestDistance) {
        bestDistance = d;
        best = { mesh, vertex: i };
      }
    }
  }
  return best;
}

/** Whether an opaque structure lies between the camera and a world point. */
export function isHidden(world: Vector3, camera: Camera, occluders: readonly Mesh[]): boolean {
  const distance = direction.subVectors(world, camera.position).length();
  raycaster.set(camera.position, direction.normalize());
  raycaster.far = distance - OCCLUSION_SLACK;
  const hidden = raycaster.intersectObjects(occluders as Mesh[], false).length > 0;
  raycaster.far = Infinity;
  return hidden;
}
