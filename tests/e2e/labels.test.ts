import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, openPage, PHONE, TABLET, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const shownLabels = '.scene-labels:not([hidden]) .scene-label';

describe('names in the scene', () => {
  it('names the step’s structures in the current language, selects one on a tap, and hides them on request', async () => {
    const { page, context, errors } = await openPage(browser, '?step=three-joint-complex', TABLET);
    await waitForScene(page);
    await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 60_000 });
    await waitForFrames(page, 2);
    const names = await page.locator(shownLabels).allTextContents();
    expect(names).toEqual(['L4-L5 椎間盤', 'L4-L5 左側小關節', 'L4-L5 右側小關節']);
    const sizes = await page.locator(shownLabels).evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
    await page.locator('.scene-label[data-structure="disc-L4-L5"]').click();
    await expect.poll(() => page.locator('.selection-chip[data-structure]').getAttribute('data-structure')).toBe('disc-L4-L5');
    await page.click('[data-action="labels"]');
    await expect.poll(() => page.locator(shownLabels).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the model’s download progress and what is coming until the first frame, then steps aside', async () => {
    const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
    // The model arrives slowly, as on a weak connection.
    await context.route('**/models/lumbar-spine.glb', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?step=meniscoid`);
    const loading = page.locator('.scene-loading');
    await loading.waitFor({ timeout: 30_000 });
    expect(await loading.textContent()).toContain('半月板樣皺襞');
    await page.waitForFunction(() => document.querySelector('.scene-loading')?.textContent?.includes('KB') ?? false, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    await waitForScene(page);
    await waitForFrames(page, 2);
    expect(await loading.count()).toBe(0);
    await context.close();
  });
});
