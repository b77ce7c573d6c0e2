import type { BoneId } from '../../src/anatomy/posture';

/**
 * Triangle budgets for the default model. The generators mesh finely (about 100k triangles per bone, 40k per
 * disc), far more than a browser needs; the whole model must stay under 300k triangles and 1 MB.
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
