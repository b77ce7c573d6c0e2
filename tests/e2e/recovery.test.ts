import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, TABLET, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

interface BlockedPage {
  page: Page;
  context: BrowserContext;
  uncaught: string[];
  /** While true, requests for the matching files fail as if the network were gone. */
  block: (blocked: boolean) => void;
}

async function openWithBlockedRoute(pattern: string, path: string): Promise<BlockedPage> {
  const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce', serviceWorkers: 'block' });
  let blocked = true;
  await context.route(pattern, (route) => (blocked ? route.abort() : route.continue()));
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(String(error)));
  await page.goto(BASE_URL + path);
  return { page, context, uncaught, block: (value) => (blocked = value) };
}

const drawnLstvPieces = (page: Page) =>
  page.evaluate(() => (window.__spineProbe?.drawnIds() ?? []).filter((id) => id.startsWith('lstv-')));

const waitForPiece = (page: Page, id: string) =>
  page.waitForFunction((piece) => window.__spineProbe?.drawnIds().includes(piece), id, { timeout: 60_000 });

describe('failed model loads recover without reloading the page', () => {
  it('draws a blocked variant once the network is back and the reader presses "try again"', async () => {
    const { page, context, uncaught, block } = await openWithBlockedRoute('**/models/variants/**', '?step=lstv');
    await waitForScene(page);
    const notice = page.locator('[data-notice="variant-error"]');
    await notice.waitFor({ timeout: 60_000 });
    expect(await drawnLstvPieces(page)).toEqual([]);
    block(false);
    await notice.locator('[data-action="retry"]').click();
    await waitForPiece(page, 'lstv-L5-left-pseudo-joint');
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await drawnLstvPieces(page)).toEqual(['lstv-L5-left-pseudo-joint']);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('puts the notice away when dismissed, and loads the variant by itself on the next step that needs it', async () => {
    const { page, context, uncaught, block } = await openWithBlockedRoute('**/models/variants/**', '?step=lstv');
    await waitForScene(page);
    const notice = page.locator('[data-notice="variant-error"]');
    await notice.waitFor({ timeout: 60_000 });
    await notice.locator('[data-action="dismiss"]').click();
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    block(false);
    // Past the first backoff (2 s), the next step (type IIIa) tries the glb again without being asked.
    await page.waitForTimeout(2_500);
    await page.locator('.story-nav__button--next').click();
    await waitForPiece(page, 'lstv-L5-left-fused');
    expect(await notice.count()).toBe(0);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('loads a blocked default model on "try again", without reloading the page', async () => {
    const { page, context, uncaught, block } = await openWithBlockedRoute('**/models/lumbar-spine.glb', '');
    const notice = page.locator('[data-notice="error"]');
    await notice.waitFor({ timeout: 60_000 });
    // A marker on the window survives only if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { __sameVisit: true }));
    block(false);
    await notice.locator('[data-action="retry"]').click();
    await waitForScene(page);
    expect(await notice.count()).toBe(0);
    expect(await page.evaluate(() => (window as { __sameVisit?: boolean }).__sameVisit)).toBe(true);
    expect(uncaught).toEqual([]);
    await context.close();
  });
});
