import type { BoneId } from '../../src/anatomy/posture';

/**
 * Triangle budgets of the detailed bones and discs (lumbar-spine-detail.glb). The generators mesh finely (about
 * 100k triangles per bone, 40k per disc), far more than a browser needs; the light and detailed models together
 * must stay under 300k triangles.
 */
export const BONE_TRIANGLE_BUDGET: Record<BoneId, number> = {
  L1: 13_000,
  L2: 13_000,
  L3: 13_000,
  L4: 13_000,
  L5: 13_000,
  sacrum: 16_000,
  'ilium-left': 11_000,
  'ilium-right': 11_000,
};

export const DISC_TRIANGLE_BUDGET = { annulus: 4_000, nucleus: 1_200 } as const;

/**
 * The same structures in the light model (lumbar-spine.glb), which draws the first 3D frame: each bone still
 * shows its processes, facets and foramina, each disc its ring, at about a quarter of the detailed triangles.
 */
export const LIGHT_BONE_TRIANGLE_BUDGET: Record<BoneId, number> = {
  L1: 3_000,
  L2: 3_000,
  L3: 3_000,
  L4: 3_000,
  L5: 3_000,
  sacrum: 3_600,
  'ilium-left': 2_400,
  'ilium-right': 2_400,
};

export const LIGHT_DISC_TRIANGLE_BUDGET = { annulus: 1_200, nucleus: 400 } as const;
