import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Size budgets of what a reader on a slow phone downloads first (sizes, not timings: they do not vary by run). */
const INITIAL_JS_GZIP_BUDGET = 350 * 1024;
const DEFAULT_MODEL_BUDGET = 1024 * 1024;

function initialScripts(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  return [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

describe('download budgets of the built site', () => {
  it('keeps the JavaScript needed before the first paint within 350 KB gzip', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it('keeps the default model within 1 MB', () => {
    expect(statSync('dist/models/lumbar-spine.glb').size).toBeLessThanOrEqual(DEFAULT_MODEL_BUDGET);
  });
});
