import { Sphere, Vector3, type Camera, type Mesh, type Scene, type SkinnedMesh, type WebGLRenderer } from 'three';
import { renderIdsLater, partOfId } from './idPass';
import type { ModelIndex, StructurePart } from './modelIndex';

/** A structure covering at least this share of the subject's pixels is faded. */
const MIN_COVER_SHARE = 0.04;
/** Parts whose own look is this faint already let the subject show through. */
const SEE_THROUGH = 0.5;
/** The id pass is small: what covers the subject shows at a fraction of the screen's pixels. */
const PASS_SCALE = 1 / 4;
/** Bounding spheres are taken this much larger: a skinned part's sphere is its shape when first drawn, not as bent now. */
const SPHERE_SLACK = 1.15;

/** Where a part can show on screen, at most (normalised device coordinates), and how near and far it reaches. */
interface ScreenReach {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  near: number;
  far: number;
}

const sphere = new Sphere();
const centre = new Vector3();

/** The part's bounding sphere, projected; null when the part reaches the camera's plane (it may cover anything). */
function screenReach(mesh: Mesh, camera: Camera): ScreenReach | null {
  const skinned = mesh as SkinnedMesh;
  if (skinned.isSkinnedMesh) {
    if (!skinned.boundingSphere) skinned.computeBoundingSphere();
    sphere.copy(skinned.boundingSphere!);
  } else {
    if (!mesh.geometry.boundingSphere) mesh.geometry.computeBoundingSphere();
    sphere.copy(mesh.geometry.boundingSphere!);
  }
  sphere.applyMatrix4(mesh.matrixWorld);
  const radius = sphere.radius * SPHERE_SLACK;
  const depth = -centre.copy(sphere.center).applyMatrix4(camera.matrixWorldInverse).z;
  const nearest = depth - radius;
  if (nearest <= 1e-6) return null;
  const p = camera.projectionMatrix.elements;
  const rx = (radius * Math.abs(p[0]!)) / nearest;
  const ry = (radius * Math.abs(p[5]!)) / nearest;
  centre.copy(sphere.center).project(camera);
  return { minX: centre.x - rx, maxX: centre.x + rx, minY: centre.y - ry, maxY: centre.y + ry, near: nearest, far: depth + radius };
}

/**
 * The parts that may stand in front of the subject: opaque by their own look and, by their bounding spheres, over
 * the subject on screen and not wholly behind it. Only these are drawn in the id pass; often there are none, and the
 * pass (a few hundred ms on a software renderer) is not needed at all.
 */
export function possibleOccluders(index: Pick<ModelIndex, 'parts'>, subject: ReadonlySet<StructurePart>, camera: Camera): Set<StructurePart> {
  const reaches = [...subject].map((part) => screenReach(part.mesh, camera));
  const candidates = index.parts.filter((part) => !subject.has(part) && part.look.drawn && part.look.ownOpacity >= SEE_THROUGH);
  if (reaches.some((r) => r === null)) return new Set(candidates);
  const s = reaches as ScreenReach[];
  const area = {
    minX: Math.min(...s.map((r) => r.minX)),
    maxX: Math.max(...s.map((r) => r.maxX)),
    minY: Math.min(...s.map((r) => r.minY)),
    maxY: Math.max(...s.map((r) => r.maxY)),
    far: Math.max(...s.map((r) => r.far)),
  };
  return new Set(
    candidates.filter((part) => {
      const r = screenReach(part.mesh, camera);
      return r === null || (r.near < area.far && r.maxX > area.minX && r.minX < area.maxX && r.maxY > area.minY && r.minY < area.maxY);
    }),
  );
}

/**
 * The structures standing between the camera and the subject: two small id passes, the subject alone and the subject
 * among the opaque parts that may cover it; where the subject should be but another structure shows, that structure is
 * in front of it. Those covering a fair share of the subject are returned, to be faded so the subject is seen. The
 * passes are drawn now and read back as the renderer finishes them, so the page does not wait for them.
 */
export async function occludersOf(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, subject: readonly StructurePart[]): Promise<Set<StructurePart>> {
  const inFront = new Set<StructurePart>();
  if (subject.length === 0) return inFront;
  const parts = new Set(subject);
  camera.updateMatrixWorld();
  const candidates = possibleOccluders(index, parts, camera);
  if (candidates.size === 0) return inFront;
  const width = Math.max(1, Math.round(gl.domElement.clientWidth * PASS_SCALE));
  const height = Math.max(1, Math.round(gl.domElement.clientHeight * PASS_SCALE));
  const [alone, together] = await Promise.all([
    renderIdsLater(gl, scene, camera, index, { only: parts }, width, height),
    renderIdsLater(gl, scene, camera, index, { withOpaque: parts, occludes: (p) => candidates.has(p) }, width, height),
  ]);
  const covers = new Map<StructurePart, number>();
  let area = 0;
  for (let i = 0; i < alone.length; i++) {
    if (alone[i] === 0) continue;
    area++;
    const part = partOfId(index, together[i]!);
    if (part && !parts.has(part)) covers.set(part, (covers.get(part) ?? 0) + 1);
  }
  for (const [part, n] of covers) if (n >= Math.max(1, area * MIN_COVER_SHARE)) inFront.add(part);
  return inFront;
}
