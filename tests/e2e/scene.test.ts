import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextCycles, COUNT_WEBGL_OBJECTS } from './contextCycles';
import { RECORD_UNWAITED_LINKS } from './linkWaits';
import { BASE_URL, cspViolations, drawnPixelShare, launchChromium, openPage, SCENE_CANVAS, TABLET, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The detailed model in, and the scene settled: nothing left to load, fade or place. */
function waitForDetailedAndSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => window.__spineProbe?.detail() === 'detailed' && window.__spineProbe.settled(), undefined, { timeout: 90_000 });
}

describe('the 3D scene in real Chromium (SwiftShader)', () => {
  it('signals ready and really draws the model under a strict CSP, asking nothing of other origins', async () => {
    const { page, context, errors, requests } = await openPage(browser);
    await waitForScene(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    const drawCalls = await page.evaluate(() => window.__spineProbe?.drawCalls ?? 0);
    expect(drawCalls).toBeGreaterThan(0);
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.03);
    const origin = new URL(BASE_URL).origin;
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    // Nothing on the page tries eval or new Function (zod runs jitless): the policy reports no violation.
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(['welcome', 'medial-branch', 'lstv'])(
    'at %s, after the first picture, never reads a program before the GPU has been seen to link it',
    async (step) => {
      // A program's first use reads its uniforms back from the GPU, and the page waits meanwhile for the link and for
      // every frame queued before it: up to 400 ms here when the occluder pass or a fade made its programs as it drew.
      // Programs made after the first picture must be asked for, then waited for without holding the page (a fence),
      // and only then drawn with. welcome and medial-branch fade bone in front of the subject; lstv grafts a variant
      // on and adds a pseudo-joint's markers.
      const { page, context, errors } = await openPage(browser, `?step=${step}`, TABLET, { initScript: RECORD_UNWAITED_LINKS });
      await waitForDetailedAndSettled(page);
      const record = await page.evaluate(() => window.__linkWaits!);
      expect(record.linkedAfterFirstPicture).toBeGreaterThan(0);
      expect(record.readBeforeLinked).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(['three-joint-complex', 'lstv', 'steroid'])('at %s, draws no picture while nothing moves, its overlay included', async (step) => {
    // The tripod's arrows, the pseudo-joint and the needles are instanced overlays placed every frame. Marked for upload
    // every frame, they had the scene drawn again at every screen refresh, nothing moving: a tablet's GPU never rested,
    // and a software rasteriser, about 250 ms a picture at this size, answered every tap late.
    const { page, context, errors } = await openPage(browser, `?step=${step}`);
    await waitForDetailedAndSettled(page);
    await waitForFrames(page);
    const pictures = await page.evaluate(() => window.__spineProbe!.pictures);
    await waitForFrames(page, 8);
    expect(await page.evaluate(() => window.__spineProbe!.pictures)).toBe(pictures);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names a structure the user taps, in the current language', async () => {
    const { page, context } = await openPage(browser);
    await waitForScene(page);
    await page.click('[data-view="lateral"]');
    await waitForFrames(page);
    const point = await page.evaluate(() => window.__spineProbe?.locate('disc-L3-L4') ?? null);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const chip = page.locator('.selection-chip[data-structure]');
    await chip.waitFor({ timeout: 30_000 });
    expect(await chip.getAttribute('data-structure')).toBe('disc-L3-L4');
    expect(await chip.textContent()).toContain('L3-L4 椎間盤');
    await context.close();
  });

  it('moves the camera for each preset view', async () => {
    const { page, context } = await openPage(browser);
    await waitForScene(page);
    const positions: string[] = [];
    for (const view of ['lateral', 'posterior', 'superior', 'oblique']) {
      await page.click(`[data-view="${view}"]`);
      await waitForFrames(page);
      const p = await page.evaluate(() => window.__spineProbe?.cameraPosition() ?? [0, 0, 0]);
      positions.push(p.map((v) => v.toFixed(3)).join(','));
    }
    expect(new Set(positions).size).toBe(4);
    await context.close();
  });

  it('speaks English with ?lang=en', async () => {
    const { page, context } = await openPage(browser, '?lang=en');
    await waitForScene(page);
    expect(await page.locator('[data-view="lateral"]').textContent()).toBe('Side');
    expect(await page.locator('main').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('covers a lost WebGL context with a notice and draws again once restored', async () => {
    const { page, context } = await openPage(browser);
    await waitForScene(page);
    await page.evaluate((sceneCanvas) => {
      const gl = document.querySelector<HTMLCanvasElement>(sceneCanvas)?.getContext('webgl2');
      (window as unknown as { __lose?: WEBGL_lose_context | null }).__lose = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    }, SCENE_CANVAS);
    await page.locator('[data-notice="context-lost"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.locator('[data-notice="context-lost"]').waitFor({ state: 'detached', timeout: 60_000 });
    await waitForFrames(page);
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.03);
    await context.close();
  });
});

/** The detailed model's geometries (bones, discs, nuclei), and their buffers (a skinned disc has five: index,
 * position, normal, joints, weights). */
const DETAIL_GEOMETRIES = 18;
const UNDRAWN_DETAIL_BUFFERS = 5 * DETAIL_GEOMETRIES;

describe('WebGL context loss', () => {
  it('keeps exactly one set of GPU resources over 20 loss and restore cycles', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.addInitScript(COUNT_WEBGL_OBJECTS);
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await waitForScene(page);
    // Counted once the step has settled: the occluder pass (its own programs) has then run at least once.
    await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 60_000 });
    await waitForFrames(page, 3);
    const { before, after } = await contextCycles(page, 20);
    // A geometry is uploaded when first drawn: which of the detailed bones and discs (swapped in after the first frame,
    // the progressive model) have been drawn since a restore varies with the passes that have run, so a restore may
    // hold fewer buffers than before the first loss, or up to one set of detailed geometries more; never more than
    // that. No more textures or programs (the occluder pass adds its own only while it has run since the restore;
    // render targets come back when next used). A leak adds a whole set (hundreds of buffers) with every cycle, far
    // past these bounds by the second.
    expect(before.live.buffers).toBeGreaterThan(0);
    for (const counts of after) {
      expect(counts.live.buffers).toBeLessThanOrEqual(before.live.buffers + UNDRAWN_DETAIL_BUFFERS);
      expect(counts.live.textures).toBeLessThanOrEqual(before.live.textures);
      expect(counts.live.programs).toBeLessThanOrEqual(before.live.programs);
      expect(counts.live.vertexArrays).toBeLessThanOrEqual(before.live.vertexArrays + DETAIL_GEOMETRIES);
      expect(counts.disposeListeners).toBeLessThanOrEqual(before.disposeListeners + DETAIL_GEOMETRIES);
      // The old context's objects are all let go of (deleted), not left to the renderer's old bookkeeping. Textures
      // are the exception: three makes four fresh 1x1 placeholder textures in each new WebGLState.
      expect(counts.neverDeleted.buffers).toBeLessThanOrEqual(before.neverDeleted.buffers + UNDRAWN_DETAIL_BUFFERS);
      expect(counts.neverDeleted.programs).toBeLessThanOrEqual(before.neverDeleted.programs);
      expect(counts.neverDeleted.vertexArrays).toBeLessThanOrEqual(before.neverDeleted.vertexArrays + DETAIL_GEOMETRIES);
      // Nothing is compiled or drawn on a lost context (the occluder pass once compiled two programs there).
      expect(counts.madeWhileLost).toEqual({ buffers: 0, textures: 0, programs: 0, vertexArrays: 0 });
    }
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.03);
    await context.close();
  }, 400_000);
});

describe('pathology variants and section views', () => {
  const variantRequests = (requests: string[]) => requests.filter((url) => url.includes('/models/variants/'));

  it('asks for no variant model at startup', async () => {
    const { page, context, requests } = await openPage(browser);
    await waitForScene(page);
    await waitForFrames(page);
    expect(variantRequests(requests)).toEqual([]);
    expect(await page.evaluate(() => window.__spineProbe?.variantModels())).toEqual([]);
    await context.close();
  });

  it('fetches only the LSTV model for the LSTV step and draws its piece, without errors', async () => {
    const { page, context, errors, requests } = await openPage(browser, '?step=lstv');
    await waitForScene(page);
    await page.waitForFunction(() => window.__spineProbe?.drawnIds().includes('lstv-L5-left-pseudo-joint'), undefined, {
      timeout: 60_000,
    });
    expect(variantRequests(requests).map((url) => new URL(url).pathname.split('/').pop())).toEqual(['lstv.glb']);
    expect(await page.evaluate(() => window.__spineProbe?.variantModels())).toEqual(['variants/lstv.glb']);
    // Only the chosen form and side: type IIa on the left.
    const drawn = await page.evaluate(() => window.__spineProbe?.drawnIds() ?? []);
    expect(drawn.filter((id) => id.startsWith('lstv-'))).toEqual(['lstv-L5-left-pseudo-joint']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the normal anatomy drawn and says so calmly when a variant model cannot be loaded', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.route('**/models/variants/**', (route) => route.abort());
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(String(error)));
    await page.goto(`${BASE_URL}?step=faq-lstv-hope`);
    await waitForScene(page);
    await waitForFrames(page, 4);
    const drawn = await page.evaluate(() => window.__spineProbe?.drawnIds() ?? []);
    expect(drawn).toEqual(expect.arrayContaining(['L5', 'iliolumbar-ligament-left', 'iliolumbar-ligament-right']));
    expect(drawn.some((id) => id.startsWith('lstv-'))).toBe(false);
    await page.waitForSelector('[data-notice="variant-error"]');
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('draws the axial cut with a clipping plane, looking down on the focus segment', async () => {
    const { page, context, errors } = await openPage(browser, '?step=facet-three-jobs');
    await waitForScene(page);
    await page.waitForFunction(() => (window.__spineProbe?.clippedCount() ?? 0) > 0, undefined, { timeout: 60_000 });
    await waitForFrames(page);
    const drawn = await page.evaluate(() => window.__spineProbe?.drawnIds() ?? []);
    // Above the cut nothing is drawn; the cut segment's nerve roots are.
    expect(drawn).not.toContain('L1');
    expect(drawn).toEqual(expect.arrayContaining(['L4', 'L5', 'disc-L4-L5', 'nerve-L4-left', 'nerve-L4-right']));
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.03);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without WebGL', () => {
  it('explains the problem and still shows the text, without crashing', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    const { page, errors } = await openPage(noGl);
    await page.locator('[data-notice="no-webgl"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('canvas').count()).toBe(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('腰椎小關節');
    expect(text.length).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
    await noGl.close();
  });
});
