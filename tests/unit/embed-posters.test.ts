import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentPosterManifest, POSTER_MANIFEST, POSTERS_DIR } from '../../scripts/embed/posterManifest';
import { STEPS } from '../../src/story/steps';

/** A poster is part of the widget's first download: each stays small (all the first bytes together ≤ 60 KB gzip). */
const POSTER_BUDGET = 30 * 1024;

describe('the embed posters (public/posters, made by `npm run posters`)', () => {
  it('has a small WebP poster for every step', () => {
    const missing = STEPS.filter((step) => !existsSync(`${POSTERS_DIR}/${step.id}.webp`)).map((s) => s.id);
    expect(missing).toEqual([]);
    const large = STEPS.filter((step) => statSync(`${POSTERS_DIR}/${step.id}.webp`).size > POSTER_BUDGET).map((s) => s.id);
    expect(large).toEqual([]);
    const header = readFileSync(`${POSTERS_DIR}/${STEPS[0]!.id}.webp`).subarray(0, 12).toString('latin1');
    expect(header.startsWith('RIFF') && header.endsWith('WEBP')).toBe(true);
  });

  it('was rendered from the scene each step shows now (else run `npm run build && npm run posters`)', () => {
    const recorded = JSON.parse(readFileSync(POSTER_MANIFEST, 'utf8')) as Record<string, string>;
    expect(recorded).toEqual(currentPosterManifest());
  });
});
