import { SEGMENTS } from '../anatomy/levels';
import { segmentGrade } from '../anatomy/variants/variantChoice';
import type { AnatomyShown, SceneState } from './sceneState';

/**
 * Before and after: a scene with a change from the normal anatomy (a transitional vertebra, worn facets, a
 * flattened disc, a weakened or trained multifidus) can be shown as the normal anatomy instead, with the same camera,
 * so a patient sees what changed. Pure, so the panels, the store and the tests share it.
 */
export type CompareChange = 'lstv' | 'degeneration' | 'disc' | 'muscle-fatty' | 'muscle-trained' | 'several';

/** Overlays that belong to the change itself (the synovitis of a worn joint), not to what the step explains. */
const CHANGE_OVERLAYS: ReadonlySet<SceneState['overlays'][number]> = new Set(['inflammation']);

/** What a compare would take away, or null when the scene already shows the normal anatomy. */
export function compareChange(state: SceneState): CompareChange | null {
  const { variants, motion } = state;
  const changes: CompareChange[] = [];
  if (variants.lstv !== 'none') changes.push('lstv');
  const degenerated = SEGMENTS.some((segment) => segmentGrade(variants, segment) > 0);
  if (degenerated) changes.push('degeneration');
  // A flattened disc beside worn facets is part of the same wear (linkedDiscLoss.ts), not a change of its own.
  else if (Object.values(motion.discHeightLoss).some((loss) => (loss ?? 0) > 0)) changes.push('disc');
  if (variants.multifidus === 'trained') changes.push('muscle-trained');
  else if (variants.multifidus !== 'normal') changes.push('muscle-fatty');
  if (changes.length === 0) return null;
  return changes.length === 1 ? changes[0]! : 'several';
}

/** The scene with the normal anatomy in place of every change; everything else (camera, overlays, posture) kept. */
export function normalAnatomy(state: SceneState): SceneState {
  return {
    ...state,
    anatomy: 'normal',
    variants: { ...state.variants, lstv: 'none', degeneration: {}, multifidus: 'normal' },
    motion: { ...state.motion, discHeightLoss: {} },
    overlays: state.overlays.filter((overlay) => !CHANGE_OVERLAYS.has(overlay)),
  };
}

/** The scene as the compare asks: unchanged, or the normal anatomy. */
export function showAnatomy(state: SceneState, shown: AnatomyShown): SceneState {
  return shown === 'normal' ? normalAnatomy(state) : { ...state, anatomy: 'changed' };
}
