import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchModel } from '../../src/state/modelPrefetch';
import { loadModelOrNull, retryDelayMs, retryWaitMs, settledModel } from '../../src/scene/modelLoads';

describe('automatic retries of a model that failed to load', () => {
  it('wait a short time after the first failure, doubling with each further one, never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('need no wait for a model that never failed', () => {
    expect(retryDelayMs(0)).toBe(0);
    expect(retryWaitMs('models/never-asked-for.glb', Date.now())).toBe(0);
  });
});

describe('a model already loaded when the scene mounts', () => {
  const glb = readFileSync('public/models/lumbar-spine.glb');
  afterEach(() => vi.unstubAllGlobals());

  it('is handed over as it is once its load has ended, and not before', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(glb)));
    const url = 'http://clinic.example/models/loaded-once.glb';
    // Prefetched, as the page does: the bytes are parsed without a loader's request.
    prefetchModel(url);
    const load = loadModelOrNull(url);
    expect(settledModel(url)).toBeUndefined();
    const model = await load;
    expect(model).not.toBeNull();
    expect(settledModel(url)).toBe(model);
  });

  it('is known to have failed, and a later attempt is not known until it ends', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404 })));
    const url = 'http://clinic.example/models/missing.glb';
    expect(await loadModelOrNull(url)).toBeNull();
    expect(settledModel(url)).toBeNull();
    const retry = loadModelOrNull(url, 1);
    expect(settledModel(url, 1)).toBeUndefined();
    await retry;
    expect(settledModel(url, 1)).toBeNull();
  });
});
