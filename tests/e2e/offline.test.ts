import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_SETTINGS_KEY } from '../../src/state/kioskSettings';
import { BASE_URL, drawnPixelShare, launchChromium, TABLET, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** A later deploy, once the returned function is called: the same worker script with a change in it. */
async function laterDeploy(context: BrowserContext): Promise<() => void> {
  let deployed = false;
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    const body = `${await response.text()}${deployed ? '\n// the next build\n' : ''}`;
    await route.fulfill({ response, body, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
  });
  return () => {
    deployed = true;
  };
}

/** Counts the loads of the page's document (the first one and every reload; not the address's own changes). */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

const workerState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), controlled: navigator.serviceWorker.controller !== null };
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
    const deploy = await laterDeploy(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const loads = countLoads(page);
    await page.goto(BASE_URL);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await waitForScene(page);

    deploy();
    await page.evaluate(() => Object.assign(window, { __visit: navigator.serviceWorker.controller }));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null, undefined, { timeout: 60_000 });
    // Mid-visit nothing changes: the same page, still served by the worker it started with.
    expect(await page.evaluate(() => navigator.serviceWorker.controller === (window as { __visit?: unknown }).__visit)).toBe(true);

    const loadsBefore = loads();
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
    expect(loads() - loadsBefore).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the clinic tablet, asks the server for a new version at the reset between patients, never during a visit', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'allow' });
    context.setDefaultTimeout(90_000);
    // The idle question after 15 s, its countdown 2 s (the clinic setting, shortened); the worker's update checks counted.
    await context.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key!, value!);
        const update = ServiceWorkerRegistration.prototype.update;
        const counted = window as unknown as { __updateChecks: number };
        counted.__updateChecks = 0;
        ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
          counted.__updateChecks++;
          return update.call(this);
        };
      },
      [KIOSK_SETTINGS_KEY, JSON.stringify({ idleSeconds: 15, questionSeconds: 2 })],
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const loads = countLoads(page);
    const updateChecks = () => page.evaluate(() => (window as unknown as { __updateChecks: number }).__updateChecks);
    await page.goto(`${BASE_URL}?mode=kiosk`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await waitForScene(page);

    // A visit: nothing asks the server or swaps anything under the patient.
    await page.click('.kiosk-attract');
    await page.click('.story-nav__button--next');
    const loadsInVisit = loads();
    await page.waitForTimeout(3_000);
    expect(await updateChecks()).toBe(0);

    // The reset asks; with nothing new on the server the tablet stays on this load, on the attract screen.
    await page.locator('[data-kiosk="idle-question"]').waitFor();
    await page.locator('.kiosk-attract').waitFor();
    await expect.poll(updateChecks, { timeout: 30_000 }).toBe(1);
    await page.waitForTimeout(2_000);
    expect(loads()).toBe(loadsInVisit);
    expect(await workerState(page)).toEqual({ waiting: false, controlled: true });
    expect(new URL(page.url()).search).toBe('?mode=kiosk');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

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
