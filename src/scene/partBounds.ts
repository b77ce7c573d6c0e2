import { Box3, Matrix4, SkinnedMesh, type Mesh, type Plane } from 'three';
import type { Section } from './structureMaterial';

const boneMatrix = new Matrix4();
const piece = new Box3();

/**
 * World bounds of a mesh as it is drawn now. A skinned vertex is a blend of its bones' placements, so it lies within
 * the union of the rest-pose box carried by each bone. World matrices must be current.
 */
export function drawnBounds(mesh: Mesh, out = new Box3()): Box3 {
  const geometry = mesh.geometry;
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  const rest = geometry.boundingBox!;
  if (!(mesh instanceof SkinnedMesh)) return out.copy(rest).applyMatrix4(mesh.matrixWorld);
  out.makeEmpty();
  const { bones, boneInverses } = mesh.skeleton;
  bones.forEach((bone, i) => {
    boneMatrix
      .copy(mesh.matrixWorld)
      .multiply(mesh.bindMatrixInverse)
      .multiply(bone.matrixWorld)
      .multiply(boneInverses[i]!)
      .multiply(mesh.bindMatrix);
    out.union(piece.copy(rest).applyMatrix4(boneMatrix));
  });
  return out;
}

/** Where bounds lie against a section plane that keeps its positive side. */
export function sectionOf(bounds: Box3, plane: Plane): Section {
  if (plane.intersectsBox(bounds)) return 'cut';
  return plane.distanceToPoint(bounds.getCenter(piece.min)) < 0 ? 'removed' : 'whole';
}
