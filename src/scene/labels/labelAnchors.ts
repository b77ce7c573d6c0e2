import { Raycaster, Vector3, type Camera, type Intersection, type Material, type Mesh } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import type { StructurePart } from '../modelIndex';
import { PosedRays } from './posedRays';

/** A point on a structure's surface, as one of its mesh's vertices, so it follows the posed (or skinned) bone. */
export interface LabelAnchor {
  mesh: Mesh;
  vertex: number;
}

/** Something in front of an anchor by less than this (scene units) is the anchor's own surface, not a cover. */
const OCCLUSION_SLACK = 1.5 * SCENE_UNITS_PER_MM;

const raycaster = new Raycaster();

/** Whether a world point of a mesh is drawn: not on the cut-away side of a section plane its material clips at. */
function drawnPoint(mesh: Mesh, world: Vector3): boolean {
  return !(mesh.material as Material).clippingPlanes?.some((plane) => plane.distanceToPoint(world) < 0);
}

const drawnHit = (hit: Intersection) => drawnPoint(hit.object as Mesh, hit.point);
const direction = new Vector3();
const point = new Vector3();
const world = new Vector3();

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
 * Which of the structure's sampled points, ranked by their distance from its middle on screen, are tried for a visible
 * anchor: those nearest the middle, then ever sparser (ranks 0, 1, 3, 5, 9, 15, 25, 41, … and the farthest), so a
 * cover over the middle is looked past within about ten rays wherever the structure comes out from under it.
 */
function candidateRanks(count: number): number[] {
  const ranks: number[] = [];
  for (let step = 1; step - 1 < count; step *= 1.6) {
    const rank = Math.floor(step) - 1;
    if (rank !== ranks.at(-1)) ranks.push(rank);
  }
  if (count > 0 && ranks.at(-1) !== count - 1) ranks.push(count - 1);
  return ranks;
}

/** Where a ray from the camera toward `target` first meets the parts' surface, as the hit triangle's nearest vertex. */
function surfaceHit(parts: readonly StructurePart[], target: Vector3, camera: Camera, rays: PosedRays): LabelAnchor | null {
  raycaster.set(camera.position, direction.subVectors(target, camera.position).normalize());
  const hit = rays.intersect(raycaster, parts.map((p) => p.mesh)).find(drawnHit);
  if (!hit?.face) return null;
  const mesh = hit.object as Mesh;
  const { a, b, c } = hit.face;
  const distanceToHit = (vertex: number) => anchorPosition({ mesh, vertex }, point).distanceTo(hit.point);
  return { mesh, vertex: [a, b, c].sort((x, y) => distanceToHit(x) - distanceToHit(y))[0]! };
}

/** The parts' sampled vertices in the picture, nearest to `centre` on screen first. */
function nearestOnScreen(parts: readonly StructurePart[], centre: Vector3, camera: Camera): LabelAnchor[] {
  const target = direction.copy(centre).project(camera);
  const tx = target.x;
  const ty = target.y;
  const samples: { anchor: LabelAnchor; distance: number }[] = [];
  for (const { mesh } of parts) {
    const positions = mesh.geometry.getAttribute('position');
    const stride = Math.max(1, Math.floor(positions.count / 60));
    for (let i = 0; i < positions.count; i += stride) {
      if (!drawnPoint(mesh, anchorPosition({ mesh, vertex: i }, point))) continue;
      const p = point.project(camera);
      if (p.z < 1 && Math.abs(p.x) < IN_VIEW_NDC && Math.abs(p.y) < IN_VIEW_NDC) {
        samples.push({ anchor: { mesh, vertex: i }, distance: Math.hypot(p.x - tx, p.y - ty) });
      }
    }
  }
  return samples.sort((a, b) => a.distance - b.distance).map((s) => s.anchor);
}

/** The parts' sampled vertex nearest the camera. */
function nearestToCamera(parts: readonly StructurePart[], camera: Camera): LabelAnchor | null {
  let best: LabelAnchor | null = null;
  let bestDistance = Infinity;
  for (const { mesh } of parts) {
    const positions = mesh.geometry.getAttribute('position');
    const stride = Math.max(1, Math.floor(positions.count / 200));
    for (let i = 0; i < positions.count; i += stride) {
      const d = anchorPosition({ mesh, vertex: i }, point).distanceTo(camera.position);
      if (d < bestDistance) {
        bestDistance = d;
        best = { mesh, vertex: i };
      }
    }
  }
  return best;
}

export interface AimedAnchor {
  anchor: LabelAnchor;
  /** Whether something opaque covers it (no point of the structure tried was in plain view). */
  hidden: boolean;
}

/**
 * The anchor of a label, on a part of the structure the patient can see: where a ray from the camera toward the
 * structure's middle as seen first meets its surface (its front, not its hidden centre). When that point is covered
 * (a thin nerve passing behind a joint's capsule) or the ray misses (it passes between a curved nerve's turns), the
 * structure's sampled points are tried from the nearest to that middle on screen outward, ever sparser
 * (`candidateRanks`), until one is in plain view. When none is, the label points at the first point found and says it
 * is hidden. A generator that pauses after each ray against the model (skinned meshes are posed on the CPU for it, once
 * per `rays`: a measurement passes the same to each label), so the caller can spread the work over frames; world
 * matrices must be current whenever it resumes.
 */
export function* aimAnchor(
  parts: readonly StructurePart[],
  camera: Camera,
  occluders: readonly Mesh[],
  rays = new PosedRays(),
): Generator<void, AimedAnchor | null> {
  if (parts.length === 0) return null;
  const centre = seenMiddle(parts, camera);
  const hit = surfaceHit(parts, centre, camera, rays);
  const covered = (anchor: LabelAnchor) => isHidden(anchorPosition(anchor, world), camera, occluders, rays);
  yield;
  if (hit && !covered(hit)) return { anchor: hit, hidden: false };
  const ranked = nearestOnScreen(parts, centre, camera);
  for (const rank of candidateRanks(ranked.length)) {
    const candidate = ranked[rank]!;
    yield;
    if (!covered(candidate)) return { anchor: candidate, hidden: false };
  }
  const fallback = hit ?? nearestToCamera(parts, camera);
  return fallback && { anchor: fallback, hidden: covered(fallback) };
}

/** Whether an opaque structure lies between the camera and a world point. */
function isHidden(world: Vector3, camera: Camera, occluders: readonly Mesh[], rays: PosedRays): boolean {
  const distance = direction.subVectors(world, camera.position).length();
  raycaster.set(camera.position, direction.normalize());
  raycaster.far = distance - OCCLUSION_SLACK;
  const hidden = rays.intersect(raycaster, occluders).some(drawnHit);
  raycaster.far = Infinity;
  return hidden;
}
