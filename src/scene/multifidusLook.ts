import type { SceneState } from '../story/sceneState';

/**
 * How each multifidus state is drawn: the share of the muscle's colour turned to fat, and how much thinner
 * (atrophy) or fuller (training) the muscle is drawn, along its surface normal.
 * Fat shares follow the visual grades of reference §10 (Kjaer 2007: slight 10–50 %, severe > 50 %;
 * cut-offs M, unverified); the thickness changes are a visual convention (D), not measurements.
 */
export const MULTIFIDUS_LOOK: Record<SceneState['variants']['multifidus'], { fatShare: number; thicknessMm: number }> = {
  normal: { fatShare: 0, thicknessMm: 0 },
  'fatty-1': { fatShare: 0.2, thicknessMm: -0.6 },
  'fatty-2': { fatShare: 0.4, thicknessMm: -1.2 },
  'fatty-3': { fatShare: 0.65, thicknessMm: -1.8 },
  trained: { fatShare: 0, thicknessMm: 1.4 },
};

/** The colour fatty infiltration blends toward. */
export const FAT_HEX = '#e9cf7a';
