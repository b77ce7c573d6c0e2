import { createHash } from 'node:crypto';
import { STEPS, stepSceneState, type Step } from '../../src/story/steps';

/**
 * The posters' freshness record (public/posters/manifest.json): for each step, a digest of the scene state its
 * poster was rendered from. The unit tests compare it with the steps as they are now, like the models' check, so a
 * new step or a changed scene asks for `npm run posters` without rendering anything in the tests.
 */
export const POSTERS_DIR = 'public/posters';
export const POSTER_MANIFEST = `${POSTERS_DIR}/manifest.json`;

export function sceneDigest(step: Step): string {
  return createHash('sha256').update(JSON.stringify(stepSceneState(step))).digest('hex').slice(0, 16);
}

export function currentPosterManifest(): Record<string, string> {
  return Object.fromEntries(STEPS.map((step) => [step.id, sceneDigest(step)]));
}
