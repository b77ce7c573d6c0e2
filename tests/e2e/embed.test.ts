import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepText } from '../../src/content/story';
import { STEPS } from '../../src/story/steps';
import { fuzzedMessages } from '../unit/embedFuzz';
import { drawnPixelShare, launchChromium, PHONE, TABLET } from './chromium';
import {
  allErrors,
  embedFrame,
  hostEvents,
  openHostPage,
  startEmbedServers,
  waitForEvent,
  waitForFrameScene,
} from './embedHelpers';

let browser: Browser;
let stopServers: () => Promise<void>;
beforeAll(async () => {
  stopServers = await startEmbedServers();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await stopServers();
});

const isSceneRequest = (url: string) => /\/embed\/app-|\.glb(\.js)?$|three/.test(url);
const titleOf = (id: string, lang: 'zh-TW' | 'en') => stepText(id, lang)?.title;

describe('the article widget, framed by a host page on another origin', () => {
  it('stays a poster far below the fold (no app, no three.js, no model), then draws the scene once the reader comes near', async () => {
    const host = await openHostPage(browser, 'script-tag.html', PHONE);
    const { page, requests } = host;
    await waitForEvent(page, { event: 'ready', step: 'lean-back-intro' });
    const frame = await embedFrame(page, 'step=lean-back-intro');
    await frame.locator('.fe-poster__title').waitFor();
    expect(await frame.locator('.fe-poster__title').textContent()).toBe(titleOf('lean-back-intro', 'zh-TW'));
    const top = await page.locator('.facet-explainer').evaluate((box) => box.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(PHONE.height + 700);
    await page.waitForTimeout(1500);
    expect(requests.filter(isSceneRequest)).toEqual([]);
    expect(requests.some((url) => url.endsWith('/posters/lean-back-intro.webp'))).toBe(true);

    // Near (inside the loader's margin) but not yet on screen: the app starts loading.
    await page.evaluate((y) => window.scrollTo(0, y), top - PHONE.height - 300);
    await expect.poll(() => requests.some((url) => url.includes('/embed/app-')), { timeout: 30_000 }).toBe(true);
    await page.locator('.facet-explainer').scrollIntoViewIfNeeded();
    await waitForFrameScene(frame);
    await frame.locator('.fe-poster').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await drawnPixelShare(frame)).toBeGreaterThan(0.03);
    expect(requests.some((url) => url.endsWith('/models/lumbar-spine.glb'))).toBe(true);
    expect(await allErrors(host)).toEqual([]);
    await host.context.close();
  });

  it('carries out every command and reports every event, without adding to the host page history', async () => {
    const host = await openHostPage(browser, 'article.html', TABLET, 'no-preference');
    const { page } = host;
    await waitForEvent(page, { event: 'ready', widget: 'widget-chapter', step: 'lean-back-intro', scope: 'chapter' });
    const frame = await embedFrame(page, 'step=lean-back-intro');
    await waitForFrameScene(frame);
    const historyLength = await page.evaluate(() => history.length);
    const command = (name: string, argument?: unknown) =>
      page.evaluate(
        ([n, a]) => {
          const widget = window.FacetExplainer?.get(document.getElementById('widget-chapter')) as unknown as Record<string, (x?: unknown) => void>;
          widget[n as string]!(a);
        },
        [name, argument] as const,
      );

    await command('goToStep', 'three-joint-complex');
    await waitForEvent(page, { event: 'stepchange', step: 'three-joint-complex', index: STEPS.findIndex((s) => s.id === 'three-joint-complex') });
    expect(await frame.locator('.story-step__title').textContent()).toBe(titleOf('three-joint-complex', 'zh-TW'));

    await command('setLanguage', 'en');
    await waitForEvent(page, { event: 'stepchange', step: 'three-joint-complex', lang: 'en' });
    expect(await frame.locator('main').getAttribute('lang')).toBe('en');
    expect(await frame.locator('.story-step__title').textContent()).toBe(titleOf('three-joint-complex', 'en'));

    await command('setFindings', { facets: 'L4-L5:2' });
    await frame.waitForFunction(() => window.__spineProbe?.variantModels().some((m) => m.includes('L4-L5')), undefined, { timeout: 60_000 });
    expect(new URL(frame.url()).searchParams.get('facets')).toBe('L4-L5:2');
    await command('setFindings', null);
    await frame.waitForFunction(() => !new URL(location.href).searchParams.has('facets'));

    await command('goToStep', 'no-such-step');
    await waitForEvent(page, { event: 'error', code: 'unknown-step', command: 'goToStep' });
    await command('setFindings', { facets: 'L9-L9:2' });
    await waitForEvent(page, { event: 'error', code: 'invalid-findings', command: 'setFindings' });

    // This step rocks the spine (the lean-back loop); pause holds it, play lets it move again.
    await command('goToStep', 'summary-symptoms');
    await waitForEvent(page, { event: 'stepchange', step: 'summary-symptoms' });
    const pose = () => frame.evaluate(() => window.__spineProbe?.signature().split('|')[2] ?? '');
    const frames = () => frame.evaluate(() => window.__spineProbe?.frames ?? 0);
    /** Whether the pose changes within a few seconds in which the scene really draws frames. */
    const moving = async () => {
      const [before, startFrame] = [await pose(), await frames()];
      for (let i = 0; i < 15; i++) {
        await frame.waitForTimeout(200);
        if ((await pose()) !== before) return true;
      }
      expect((await frames()) - startFrame).toBeGreaterThan(3);
      return false;
    };
    await frame.waitForTimeout(1000);
    expect(await moving()).toBe(true);
    await command('pause');
    // The pause reaches the frame as a message and holds the pose from the scene's next frame on: on a loaded machine
    // frames are slow, so let a few be drawn before watching.
    const paused = await frames();
    await frame.waitForFunction((n) => (window.__spineProbe?.frames ?? 0) >= n, paused + 3, { timeout: 30_000 });
    expect(await moving()).toBe(false);
    await command('play');
    expect(await moving()).toBe(true);

    // The reader's own steps inside the widget replace its address too.
    await frame.locator('.story-nav__button--next').click();
    await waitForEvent(page, { event: 'stepchange', step: STEPS[STEPS.findIndex((s) => s.id === 'summary-symptoms') + 1]!.id });
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await allErrors(host)).toEqual([]);
    await host.context.close();
  });

  it('follows commands on the poster before the scene loads', async () => {
    const host = await openHostPage(browser, 'script-tag.html', PHONE);
    const { page, requests } = host;
    await waitForEvent(page, { event: 'ready', step: 'lean-back-intro' });
    const frame = await embedFrame(page, 'step=lean-back-intro');
    await page.evaluate(() => window.FacetExplainer?.widgets[0]?.goToStep('multifidus'));
    await waitForEvent(page, { event: 'stepchange', step: 'multifidus' });
    await page.evaluate(() => window.FacetExplainer?.widgets[0]?.setLanguage('en'));
    await waitForEvent(page, { event: 'stepchange', step: 'multifidus', lang: 'en' });
    expect(await frame.locator('.fe-poster__title').textContent()).toBe(titleOf('multifidus', 'en'));
    expect(requests.filter(isSceneRequest)).toEqual([]);
    await host.context.close();
  });

  it('works in a sandboxed iframe without allow-same-origin on a plain static host, driven by raw messages', async () => {
    const host = await openHostPage(browser, 'sandboxed.html', TABLET);
    const { page, requests } = host;
    await waitForEvent(page, { event: 'ready', step: 'welcome', origin: 'null' });
    const frame = await embedFrame(page, 'step=welcome');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    const post = (message: unknown) =>
      page.evaluate((m) => (document.getElementById('sandboxed') as HTMLIFrameElement).contentWindow?.postMessage(m, '*'), message);
    await post({ facetExplainer: 1, command: 'play' });
    await waitForFrameScene(frame);
    expect(await drawnPixelShare(frame)).toBeGreaterThan(0.03);
    expect(requests.some((url) => url.endsWith('/models/lumbar-spine.glb.js'))).toBe(true);
    await post({ facetExplainer: 1, command: 'goToStep', step: 'lstv' });
    await waitForEvent(page, { event: 'stepchange', step: 'lstv', origin: 'null' });
    // The step's variant glb comes the same way.
    await frame.waitForFunction(() => (window.__spineProbe?.variantModels().length ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(await allErrors(host)).toEqual([]);
    await host.context.close();
  });

  it('ignores hundreds of fuzzed messages through the real frame: no error, no script run, no change', async () => {
    const host = await openHostPage(browser, 'article.html', TABLET);
    const { page } = host;
    const frame = await embedFrame(page, 'step=lean-back-intro');
    await waitForFrameScene(frame);
    const state = () =>
      frame.evaluate(() => ({
        search: location.search,
        lang: document.querySelector('main')?.getAttribute('lang'),
        title: document.querySelector('.story-step__title')?.textContent,
        variants: window.__spineProbe?.variantModels().join(','),
      }));
    const before = await state();
    const eventsBefore = (await hostEvents(page)).length;
    // As JSON, rebuilt in the page: own `__proto__` keys survive only that way (and undefined / NaN become null).
    const messages = fuzzedMessages(400, 1234, 100_000).map((message) => JSON.stringify(message) ?? 'null');
    await page.evaluate((list) => {
      const target = document.querySelector<HTMLIFrameElement>('#widget-chapter iframe')?.contentWindow;
      for (const text of list) target?.postMessage(JSON.parse(text), '*');
    }, messages);
    // A last valid command, answered once everything before it has been read.
    await page.evaluate(() => window.FacetExplainer?.get(document.getElementById('widget-chapter'))?.pause());
    await frame.waitForTimeout(1000);
    expect(await state()).toEqual(before);
    expect((await hostEvents(page)).length).toBe(eventsBefore);
    expect(await page.evaluate(() => window.__pwned)).toBe(0);
    expect(await frame.evaluate(() => window.__pwned)).toBe(0);
    expect(await allErrors(host)).toEqual([]);
    await host.context.close();
  });

  it('shows a message and a link instead of the widget on a page the build does not allow, and hears nothing', async () => {
    // As if built with EMBED_ALLOWED_ORIGINS=https://clinic.example.
    const restrict = (context: BrowserContext) =>
      context.route('**/embed.html*', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('"allowedOrigins":["*"]', '"allowedOrigins":["https://clinic.example"]');
        await route.fulfill({ response, body });
      });
    const host = await openHostPage(browser, 'script-tag.html', PHONE, 'reduce', restrict);
    const { page, requests } = host;
    const frame = await embedFrame(page, 'step=lean-back-intro');
    await frame.locator('.fe-poster[data-phase="not-allowed"] a[target="_blank"]').waitFor();
    await page.evaluate(() => window.FacetExplainer?.widgets[0]?.play());
    await page.locator('.facet-explainer').scrollIntoViewIfNeeded();
    await page.waitForTimeout(2000);
    expect(await hostEvents(page)).toEqual([]);
    expect(requests.filter(isSceneRequest)).toEqual([]);
    await host.context.close();
  });
});
