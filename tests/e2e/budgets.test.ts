import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialJsBytes } from '../../scripts/bundleSize';

/** Size budgets of what a reader on a slow phone downloads first (sizes, not timings: they do not vary by run). */
const INITIAL_JS_GZIP_BUDGET = 350 * 1024;
/** The light default model, which draws the first 3D frame, and the whole default model with its detailed bones and discs. */
const LIGHT_MODEL_BUDGET = 500 * 1024;
const DEFAULT_MODEL_BUDGET = 1200 * 1024;

describe('download budgets of the built site', () => {
  it('keeps the JavaScript needed before the first paint within 350 KB gzip', () => {
    const { files, gzip } = initialJsBytes();
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET);
  });

  it('keeps three.js’s core out of it: the page before the scene uses only three’s vector math (anatomy/vectorMath)', () => {
    const { files } = initialJsBytes();
    // Every three object (scene, mesh, geometry) says what it is with this flag; the vector math has none of them.
    for (const file of files) expect(readFileSync(`dist/${file}`, 'utf8'), file).not.toContain('isObject3D');
    // And the scene's code does carry it, so the check reads what it means to.
    const sceneChunks = readdirSync('dist/assets').filter((name) => name.endsWith('.js') && !files.includes(`assets/${name}`));
    expect(sceneChunks.some((name) => readFileSync(`dist/assets/${name}`, 'utf8').includes('isObject3D'))).toBe(true);
  });

  it('keeps the light model of the first 3D frame within 500 KB, and with its detailed bones and discs within 1.2 MB', () => {
    const light = statSync('dist/models/lumbar-spine.glb').size;
    expect(light).toBeLessThanOrEqual(LIGHT_MODEL_BUDGET);
    expect(light + statSync('dist/models/lumbar-spine-detail.glb').size).toBeLessThanOrEqual(DEFAULT_MODEL_BUDGET);
  });

  it('keeps the article widget small before the reader comes near: loader ≤ 5 KB, loader + page + shell + poster ≤ 60 KB gzip', () => {
    const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
    const loader = gzip('dist/embed.js');
    expect(loader).toBeLessThanOrEqual(5 * 1024);
    const html = readFileSync('dist/embed.html', 'utf8');
    const shell = /<script src="([^"]+)"><\/script>/.exec(html)?.[1];
    expect(shell).toMatch(/^embed\/shell-/);
    const largestPoster = Math.max(...readdirSync('dist/posters').filter((f) => f.endsWith('.webp')).map((f) => gzip(`dist/posters/${f}`)));
    expect(loader + gzip('dist/embed.html') + gzip(`dist/${shell}`) + largestPoster).toBeLessThanOrEqual(60 * 1024);
  });
});
