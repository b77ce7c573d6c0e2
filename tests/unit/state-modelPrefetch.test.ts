import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLoadProgress } from '../../src/state/loadProgress';
import { prefetchModel, takePrefetchedModel } from '../../src/state/modelPrefetch';

afterEach(() => vi.unstubAllGlobals());

/** A response that streams `bytes` in two pieces. */
function streamed(bytes: Uint8Array): Response {
  const half = Math.floor(bytes.length / 2);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, half));
      controller.enqueue(bytes.slice(half));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-length': String(bytes.length) } });
}

describe('the default model fetched beside the scene code', () => {
  it('hands the scene loader the whole glb once, fetched once, its progress reported as it arrives', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const fetch = vi.fn(async () => streamed(bytes));
    vi.stubGlobal('fetch', fetch);
    prefetchModel('models/a.glb');
    prefetchModel('models/a.glb');
    const handed = await takePrefetchedModel('models/a.glb');
    expect(new Uint8Array(handed!)).toEqual(bytes);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(useLoadProgress.getState().downloads['models/a.glb']).toEqual({ loaded: 1000, total: 1000 });
    // Handed over once: a retry later fetches anew through the loader.
    expect(takePrefetchedModel('models/a.glb')).toBeUndefined();
  });

  it('lets a failed download fail quietly, for the loader to fetch the glb itself', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('missing', { status: 404 })));
    prefetchModel('models/b.glb');
    await expect(takePrefetchedModel('models/b.glb')).rejects.toThrow(/404/);
  });
});
