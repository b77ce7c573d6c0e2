/**
 * Bone meshes: each bone's signed-distance field meshed in the bone's LOCAL frame (posture.ts documents the
 * frames; neutralPose() places them). Deterministic: the same tables give the same triangles.
 */
import type { BoneId } from './posture';
import { iliumBounds, iliumSdf } from './iliumSdf';
import type { Bounds, MeshData } from './meshData';
import { sacrumBounds, sacrumSdf } from './sacrumSdf';
import { meshSdf, type Sdf } from './sdf/surfaceNets';
import { vertebraBounds, vertebraSdf } from './vertebraSdf';

/** Voxel edge per bone kind, mm: fine enough for the facets and processes, coarse enough for the budget. */
export const BONE_VOXEL = { vertebra: 0.6, sacrum: 0.8, ilium: 1 } as const;

export interface BoneField {
  sdf: Sdf;
  bounds: Bounds;
  voxel: number;
}

/** The signed-distance field (local frame, mm, negative inside) a bone mesh is built from. */
export function boneField(id: BoneId): BoneField {
  switch (id) {
    case 'sacrum':
      return { sdf: sacrumSdf(), bounds: sacrumBounds(), voxel: BONE_VOXEL.sacrum };
    case 'ilium-left':
    case 'ilium-right': {
      const side = id === 'ilium-left' ? 'left' : 'right';
      return { sdf: iliumSdf(side), bounds: iliumBounds(side), voxel: BONE_VOXEL.ilium };
    }
    default:
      return { sdf: vertebraSdf(id), bounds: vertebraBounds(id), voxel: BONE_VOXEL.vertebra };
  }
}

/** A closed, outward-oriented triangle mesh of the bone in its local frame (mm). */
export function buildBone(id: BoneId): MeshData {
  const field = boneField(id);
  return meshSdf(field.sdf, field.bounds, { voxel: field.voxel });
}
