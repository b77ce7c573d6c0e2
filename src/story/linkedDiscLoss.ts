import { DEGENERATION_SHAPE } from '../anatomy/data/pathology';
import { SEGMENTS } from '../anatomy/levels';
import { segmentGrade } from '../anatomy/variants/variantChoice';
import type { SceneState } from './sceneState';

/**
 * Facet degeneration follows disc degeneration (§7.1, Fujiwara 1999): a degenerated segment whose disc height
 * the state leaves open gets the loss linked to its grade (§12.6). An explicit value always wins.
 */
export function withLinkedDiscLoss(state: SceneState): SceneState {
  const discHeightLoss = { ...state.motion.discHeightLoss };
  let linked = false;
  for (const segment of SEGMENTS) {
    const grade = segmentGrade(state.variants, segment);
    if (grade === 0 || discHeightLoss[segment] !== undefined) continue;
    discHeightLoss[segment] = DEGENERATION_SHAPE[grade].discHeightLoss;
    linked = true;
  }
  return linked ? { ...state, motion: { ...state.motion, discHeightLoss } } : state;
}
