import type { Page } from 'playwright-core';
import { SCENE_CANVAS } from './chromium';

/**
 * Tracks the WebGL objects a page makes (buffers, textures, programs, vertex arrays) from before its first script
 * runs (install with `page.addInitScript(COUNT_WEBGL_OBJECTS)`): each one made and not deleted, and whether it still
 * lives on the current context (objects of a lost context never do again).
 */
export const COUNT_WEBGL_OBJECTS = `
  window.__glObjects = { buffers: new Set(), textures: new Set(), programs: new Set(), vertexArrays: new Set() };
  window.__glMadeLost = { buffers: 0, textures: 0, programs: 0, vertexArrays: 0 };
  window.__glIs = { buffers: 'isBuffer', textures: 'isTexture', programs: 'isProgram', vertexArrays: 'isVertexArray' };
  for (const Context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Context) continue;
    const track = (create, remove, key) => {
      const made = Context.prototype[create];
      const gone = Context.prototype[remove];
      Context.prototype[create] = function (...args) {
        const o = made.apply(this, args);
        if (o) window.__glObjects[key].add(o);
        if (o && this.isContextLost()) window.__glMadeLost[key] += 1;
        return o;
      };
      Context.prototype[remove] = function (o) { window.__glObjects[key].delete(o); return gone.call(this, o); };
    };
    track('createBuffer', 'deleteBuffer', 'buffers');
    track('createTexture', 'deleteTexture', 'textures');
    track('createProgram', 'deleteProgram', 'programs');
    if (Context.prototype.createVertexArray) track('createVertexArray', 'deleteVertexArray', 'vertexArrays');
  }
`;

type GlKind = 'buffers' | 'textures' | 'programs' | 'vertexArrays';

export interface GpuCount {
  /** Objects live on the current context: made, not deleted, and valid now. */
  live: Record<GlKind, number>;
  /** Objects made and never deleted, on any context (what a renderer that never lets go of old bookkeeping piles up). */
  neverDeleted: Record<GlKind, number>;
  /**
   * Objects made while the context was lost. A lost context still hands them out, and no restore deletes them: a page
   * must not draw or compile on it.
   */
  madeWhileLost: Record<GlKind, number>;
  /** Dispose listeners on the scene's geometries (each renderer bookkeeping that drew one adds one). */
  disposeListeners: number;
}

async function count(page: Page): Promise<GpuCount> {
  return page.evaluate((sceneCanvas) => {
    const w = window as unknown as { __glObjects: Record<string, Set<object>>; __glIs: Record<string, string>; __glMadeLost: Record<string, number> };
    const gl = document.querySelector<HTMLCanvasElement>(sceneCanvas)?.getContext('webgl2') as unknown as Record<string, (o: object) => boolean>;
    const live = {} as Record<string, number>;
    const neverDeleted = {} as Record<string, number>;
    for (const [kind, objects] of Object.entries(w.__glObjects)) {
      neverDeleted[kind] = objects.size;
      live[kind] = [...objects].filter((o) => gl[w.__glIs[kind]!]!.call(gl, o)).length;
    }
    return { live, neverDeleted, madeWhileLost: { ...w.__glMadeLost }, disposeListeners: window.__spineProbe?.gpu().disposeListeners ?? -1 } as GpuCount;
  }, SCENE_CANVAS);
}

async function frames(page: Page, more: number): Promise<void> {
  const start = await page.evaluate(() => window.__spineProbe?.frames ?? 0);
  await page.waitForFunction((target) => (window.__spineProbe?.frames ?? 0) >= target, start + more, { timeout: 60_000 });
}

/** Waits for a picture drawn after `drawn` pictures (the probe's loop frames run whether a picture is drawn or not). */
async function pictureAfter(page: Page, drawn: number): Promise<void> {
  await page.waitForFunction((count) => (window.__spineProbe?.pictures ?? 0) > count, drawn, { timeout: 60_000 });
}

/**
 * Loses and restores the WebGL context `cycles` times (waiting each time for the notice, for a picture drawn on the
 * new context, which makes its programs and buffers, and for frames after it), and returns the counts before the
 * first loss and after each restore.
 */
export async function contextCycles(page: Page, cycles: number): Promise<{ before: GpuCount; after: GpuCount[] }> {
  await frames(page, 3);
  const before = await count(page);
  const after: GpuCount[] = [];
  for (let i = 0; i < cycles; i++) {
    await page.evaluate((sceneCanvas) => {
      const gl = document.querySelector<HTMLCanvasElement>(sceneCanvas)?.getContext('webgl2');
      const w = window as unknown as { __lose?: WEBGL_lose_context | null };
      w.__lose = gl?.getExtension('WEBGL_lose_context');
      w.__lose?.loseContext();
    }, SCENE_CANVAS);
    await page.locator('[data-notice="context-lost"]').waitFor({ timeout: 30_000 });
    const drawn = await page.evaluate(() => window.__spineProbe?.pictures ?? 0);
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.locator('[data-notice="context-lost"]').waitFor({ state: 'detached', timeout: 60_000 });
    await pictureAfter(page, drawn);
    await frames(page, 3);
    after.push(await count(page));
  }
  return { before, after };
}
