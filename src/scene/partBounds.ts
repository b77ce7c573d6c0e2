import { Box3, Matrix4, SkinnedMesh, Sphere, type Mesh, type Plane } from 'three';
import type { Section } from './structureMaterial';

const boneMatrix = new Matrix4();
const piece = new Box3();

/**
 * The skeleton's bones a skinned mesh follows: the model's meshes share one skeleton of every bone and name their own
 * in `userData.skinJoints` (the glTF node's extras); a mesh without the list follows them all.
 */
function followedJoints(mesh: SkinnedMesh): readonly number[] {
  const listed: unknown = mesh.userData.skinJoints;
  return Array.isArray(listed) ? (listed as number[]) : mesh.skeleton.bones.map((_, i) => i);
}

/**
 * The union of a skinned mesh's rest-pose box carried by each bone it follows: a skinned vertex is a blend of its
 * bones' placements, so it lies within it. In world space, or (`world` false) the mesh's own. World matrices must be
 * current.
 */
function carriedRestBox(mesh: SkinnedMesh, world: boolean, out: Box3): Box3 {
  const geometry = mesh.geometry;
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  const rest = geometry.boundingBox!;
  out.makeEmpty();
  const { bones, boneInverses } = mesh.skeleton;
  for (const i of followedJoints(mesh)) {
    if (world) boneMatrix.copy(mesh.matrixWorld);
    else boneMatrix.identity();
    boneMatrix.multiply(mesh.bindMatrixInverse).multiply(bones[i]!.matrixWorld).multiply(boneInverses[i]!).multiply(mesh.bindMatrix);
    out.union(piece.copy(rest).applyMatrix4(boneMatrix));
  }
  return out;
}

/** World bounds of a mesh as it is drawn now. World matrices must be current. */
export function drawnBounds(mesh: Mesh, out = new Box3()): Box3 {
  if (mesh instanceof SkinnedMesh) return carriedRestBox(mesh, true, out);
  if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
  return out.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld);
}

/**
 * Sets a skinned mesh's own bounds (three's, for culling and picking) around it as posed now, from its bones rather than
 * by posing every vertex on the CPU as three does (tens of ms for a detailed geometry on a slow machine). A little
 * looser than three's; world matrices must be current.
 */
export function setPosedBounds(mesh: SkinnedMesh): void {
  // Typed as always there, but null until first worked out.
  const box = (mesh.boundingBox as Box3 | null) ?? new Box3();
  const sphere = (mesh.boundingSphere as Sphere | null) ?? new Sphere();
  mesh.boundingBox = carriedRestBox(mesh, false, box);
  mesh.boundingSphere = box.getBoundingSphere(sphere);
}

/** Where bounds lie against a section plane that keeps its positive side. */
export function sectionOf(bounds: Box3, plane: Plane): Section {
  if (plane.intersectsBox(bounds)) return 'cut';
  return plane.distanceToPoint(bounds.getCenter(piece.min)) < 0 ? 'removed' : 'whole';
}
