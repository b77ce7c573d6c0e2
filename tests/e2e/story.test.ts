import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/story/steps';
import { launchChromium, openPage, PHONE, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const signature = (page: Page) => page.evaluate(() => window.__spineProbe?.signature() ?? '');
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

/** Waits (a few frames) for the drawn scene to differ from `before`. */
async function sceneChangedFrom(page: Page, before: string): Promise<boolean> {
  try {
    await page.waitForFunction((b) => window.__spineProbe?.signature() !== b, before, { timeout: 20_000, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

describe('the story in real Chromium', () => {
  for (const lang of ['zh-TW', 'en'] as const) {
    it(`walks every step in ${lang}: the address follows, the scene changes, the console stays clean`, async () => {
      const { page, context, errors } = await openPage(browser, `?lang=${lang}`);
      await waitForScene(page);
      const unchanged: string[] = [];
      for (let i = 1; i < STEPS.length; i++) {
        const before = await signature(page);
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, STEPS[i]!.id);
        if (!(await sceneChangedFrom(page, before))) unchanged.push(STEPS[i]!.id);
      }
      expect(unchanged).toEqual([]);
      expect(await page.locator('main').getAttribute('lang')).toBe(lang);
      expect(errors).toEqual([]);
      await context.close();
    }, 400_000);
  }

  it('opens a deep link cold, and Back returns to the step before', async () => {
    const target = STEPS[5]!;
    const { page, context } = await openPage(browser, `?step=${target.id}&lang=en`);
    await waitForScene(page);
    expect(await page.locator('main').getAttribute('lang')).toBe('en');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, STEPS[6]!.id);
    await page.goBack();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, target.id);
    expect(stepParam(page)).toBe(target.id);
    await context.close();
  });

  it('falls back to the first step with a polite notice for an unknown or malformed step', async () => {
    for (const bad of ['no-such-step', '%E0%A4%A', '<script>alert(1)</script>']) {
      const { page, context, errors } = await openPage(browser, `?step=${bad}`, PHONE);
      await page.locator('.story-notice').waitFor({ timeout: 20_000 });
      expect(await page.locator('main').textContent()).toContain('下一步');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lights up a structure when its name in the text is tapped', async () => {
    const { page, context } = await openPage(browser, '?step=three-joint-complex');
    await waitForScene(page);
    const link = page.locator('.story-step__body button[data-structure]').first();
    const id = await link.getAttribute('data-structure');
    await link.click();
    await page.locator(`.selection-chip[data-structure="${id}"]`).waitFor({ timeout: 30_000 });
    await context.close();
  });
});
