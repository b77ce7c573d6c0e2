/**
 * Bone meshes: each bone's signed-distance field meshed in the bone's LOCAL frame (posture.ts documents the
 * frames; neutralPose() places them). Deterministic: the same tables give the same triangles.
 */
import type { BoneId } from './posture';
import { iliumBounds, iliumSdf } from './iliumSdf';
import type { Bounds, MeshData } from './meshData';
import { sacrumBounds, sacrumSdf } from './sacrumSdf';
import { simplifyMesh } from './sdf/simplify';
import { meshSdf, type Sdf } from './sdf/surfaceNets';
import { vertebraBounds, vertebraSdf } from './vertebraSdf';

/**
 * Meshing per bone kind: the voxel edge (mm) that keeps facets and thin processes crisp, and the triangle count
 * the mesh is then simplified to, which keeps the whole model near its budget (~220k triangles).
 */
const BONE_MESHING = {
  vertebra: { voxel: 0.7, triangles: 22000 },
  sacrum: { voxel: 0.9, triangles: 26000 },
  ilium: { voxel: 1.2, triangles: 10000 },
} as const;

export interface BoneField {
  sdf: Sdf;
  bounds: Bounds;
  voxel: number;
  triangles: number;
}

/** The signed-distance field (local frame, mm, negative inside) a bone mesh is built from. */
export function boneField(id: BoneId): BoneField {
  switch (id) {
    case 'sacrum':
      return { sdf: sacrumSdf(), bounds: sacrumBounds(), ...BONE_MESHING.sacrum };
    case 'ilium-left':
    case 'ilium-right': {
      const side = id === 'ilium-left' ? 'left' : 'right';
      return { sdf: iliumSdf(side), bounds: iliumBounds(side), ...BONE_MESHING.ilium };
    }
    default:
      return { sdf: vertebraSdf(id), bounds: vertebraBounds(id), ...BONE_MESHING.vertebra };
  }
}

/** A closed, outward-oriented triangle mesh of the bone in its local frame (mm). */
export function buildBone(id: BoneId): MeshData {
  const field = boneField(id);
  return simplifyMesh(meshSdf(field.sdf, field.bounds, { voxel: field.voxel }), { targetTriangles: field.triangles });
}
