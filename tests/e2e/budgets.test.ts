import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialJsBytes } from '../../scripts/bundleSize';

/** Size budgets of what a reader on a slow phone downloads first (sizes, not timings: they do not vary by run). */
const INITIAL_JS_GZIP_BUDGET = 350 * 1024;
const DEFAULT_MODEL_BUDGET = 1024 * 1024;

describe('download budgets of the built site', () => {
  it('keeps the JavaScript needed before the first paint within 350 KB gzip', () => {
    const { files, gzip } = initialJsBytes();
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it('keeps the default model within 1 MB', () => {
    expect(statSync('dist/models/lumbar-spine.glb').size).toBeLessThanOrEqual(DEFAULT_MODEL_BUDGET);
  });
});
