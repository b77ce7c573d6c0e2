import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, drawnPixelShare, launchChromium, TABLET, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const waitForLstvPiece = (page: Page) =>
  page.waitForFunction(() => window.__spineProbe?.drawnIds().includes('lstv-L5-left-pseudo-joint'), undefined, { timeout: 90_000 });

describe('the installed app on a clinic tablet', () => {
  it('works with the network gone after one visit, variants included, asking nothing of other origins', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'allow' });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    // The first visit installs the worker, which precaches the app and every model.
    await page.goto(`${BASE_URL}?step=lstv`);
    await waitForScene(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The worker never takes over a visit under way: the page it controls is the next one.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await waitForScene(page);
    expect(await drawnPixelShare(page)).toBeGreaterThan(0.03);
    await waitForLstvPiece(page);
    expect(await page.evaluate(() => window.__spineProbe?.variantModels())).toContain('variants/lstv.glb');

    // A variant this visit has not used yet comes from the precache too.
    await page.goto(`${BASE_URL}?step=lstv&facets=L4-L5:3`);
    await waitForScene(page);
    await page.waitForFunction(() => window.__spineProbe?.variantModels().includes('variants/degeneration-L4-L5.glb'), undefined, {
      timeout: 90_000,
    });
    expect(await page.locator('[data-notice]').count()).toBe(0);

    const origin = new URL(BASE_URL).origin;
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a new version waiting through the visit and applies it on the next load of the page', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'allow' });
    // A later deploy: the same worker script with a change in it.
    let deployed = false;
    await context.route('**/sw.js', async (route) => {
      const response = await route.fetch();
      const body = `${await response.text()}${deployed ? '\n// the next build\n' : ''}`;
      await route.fulfill({ response, body, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    let loads = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) loads++;
    });
    await page.goto(BASE_URL);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await waitForScene(page);

    deployed = true;
    await page.evaluate(() => Object.assign(window, { __visit: navigator.serviceWorker.controller }));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null, undefined, { timeout: 60_000 });
    // Mid-visit nothing changes: the same page, still served by the worker it started with.
    expect(await page.evaluate(() => navigator.serviceWorker.controller === (window as { __visit?: unknown }).__visit)).toBe(true);

    const loadsBefore = loads;
    await page.reload();
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && navigator.serviceWorker.controller !== null;
      },
      undefined,
      { timeout: 60_000 },
    );
    await waitForScene(page);
    // The reload itself is the new version: the waiting worker took over, without a second load.
    expect(loads - loadsBefore).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips the worker without a word in an iframe sandboxed without allow-same-origin', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'allow' });
    // A host page embedding the explainer with an opaque origin; the files are served with CORS, as such a host needs.
    await context.route('**/sandbox-host.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<iframe sandbox="allow-scripts" src="./" width="800" height="480"></iframe>' }),
    );
    await context.route(/\/(assets|models)\//, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${BASE_URL}sandbox-host.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame!.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 60_000 });
    expect(await frame!.evaluate(() => window.origin)).toBe('null');
    await page.waitForTimeout(2_000);
    expect(context.serviceWorkers()).toEqual([]);
    expect(errors).toEqual([]);
    // The same page opened on its own origin does register it.
    const registered = context.waitForEvent('serviceworker', { timeout: 60_000 });
    await page.goto(BASE_URL);
    await registered;
    await context.close();
  });

  it('offers a manifest with the app icons, and shows the version at the foot of the contents', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?lang=en`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await fetch(new URL(href!, BASE_URL))).json()) as { icons: { src: string; sizes: string; purpose?: string }[] };
    expect(manifest.icons.map((icon) => [icon.sizes, icon.purpose ?? 'any'])).toEqual([
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, BASE_URL));
      expect(response.headers.get('content-type')).toBe('image/png');
    }
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    await page.getByRole('button', { name: 'Contents' }).click();
    await expect.poll(() => page.locator('.story-contents__version').textContent()).toMatch(new RegExp(`^Version ${version.replace(/\./g, '\\.')} \\([0-9a-f]{7,}\\)$`));
    await context.close();
  });
});
