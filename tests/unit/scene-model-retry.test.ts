import { describe, expect, it } from 'vitest';
import { retryDelayMs, retryWaitMs } from '../../src/scene/modelLoads';

describe('automatic retries of a model that failed to load', () => {
  it('wait a short time after the first failure, doubling with each further one, never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('need no wait for a model that never failed', () => {
    expect(retryDelayMs(0)).toBe(0);
    expect(retryWaitMs('models/never-asked-for.glb', Date.now())).toBe(0);
  });
});
