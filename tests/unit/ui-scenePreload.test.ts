import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODEL_URL } from '../../src/scene/modelUrl';

/** What the page asks the network for: the model's prefetch and the scene chunk's import. */
const asked = vi.hoisted(() => ({ model: [] as string[], sceneChunk: 0, firstPaint: [] as (() => void)[] }));

vi.mock('../../src/state/modelPrefetch', () => ({ prefetchModel: (url: string) => asked.model.push(url) }));
// The scene chunk's importer starts the model's parse once the chunk has run: counted here as the chunk's arrival.
vi.mock('../../src/scene/SpineScene', () => ({
  default: () => null,
  startModelLoad: () => {
    asked.sceneChunk += 1;
    return Promise.resolve(null);
  },
}));
vi.mock('../../src/ui/firstContentfulPaint', () => ({ onFirstContentfulPaint: (task: () => void) => asked.firstPaint.push(task) }));

/** A fresh page: the preload's and the WebGL answer's module state start anew. */
async function openPage() {
  vi.resetModules();
  asked.model = [];
  asked.sceneChunk = 0;
  asked.firstPaint = [];
  const preload = await import('../../src/ui/SpineSceneWhenLoaded');
  const webgl = await import('../../src/state/webglSupport');
  preload.preloadSpineSceneAfterFirstPaint();
  const paint = async () => {
    for (const task of asked.firstPaint) task();
    await vi.dynamicImportSettled();
  };
  const answer = async (available: boolean) => {
    webgl.settleWebGLSupport({ available, software: true });
    await vi.dynamicImportSettled();
  };
  return { paint, answer };
}

describe('the scene’s code and model, asked for before the WebGL check answers', () => {
  it('waits for the text to be painted, then asks for both once, however the answer comes after', async () => {
    const page = await openPage();
    await vi.dynamicImportSettled();
    expect(asked.model).toEqual([]);
    expect(asked.sceneChunk).toBe(0);
    await page.paint();
    expect(asked.model).toEqual([DEFAULT_MODEL_URL]);
    expect(asked.sceneChunk).toBe(1);
    await page.answer(true);
    expect(asked.model).toHaveLength(1);
    expect(asked.sceneChunk).toBe(1);
  });

  it('asks at the answer when WebGL is known before the first paint, and not again at the paint', async () => {
    const page = await openPage();
    await page.answer(true);
    expect(asked.model).toEqual([DEFAULT_MODEL_URL]);
    expect(asked.sceneChunk).toBe(1);
    await page.paint();
    expect(asked.model).toHaveLength(1);
  });

  it('downloads nothing for the scene where the check says no before the first paint', async () => {
    const page = await openPage();
    await page.answer(false);
    await page.paint();
    expect(asked.model).toEqual([]);
    expect(asked.sceneChunk).toBe(0);
  });
});
