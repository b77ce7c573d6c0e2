import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const cameraAt = (page: Page) => page.evaluate(() => window.__spineProbe!.cameraPosition().map((v) => v.toFixed(4)).join(','));
const angleShown = (page: Page) => page.locator('[data-readout="angle"]').textContent();

/** (The needle's approach with reduced motion is checked in emphasis.test.ts.) */
describe('reduced motion (prefers-reduced-motion: reduce)', () => {
  it('cuts the camera to a chosen view instead of flying there', async () => {
    const { page, context } = await openPage(browser, '?step=three-joint-complex', undefined, { reducedMotion: 'reduce' });
    await waitForScene(page);
    await waitForFrames(page, 4);
    const before = await cameraAt(page);
    await page.click('[data-view="superior"]');
    // Every camera position drawn over the next two seconds (frame by frame): a flight passes through several.
    const positions = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const end = performance.now() + 2000;
          const sample = () => {
            const here = window.__spineProbe!.cameraPosition().map((v) => v.toFixed(4)).join(',');
            if (seen.at(-1) !== here) seen.push(here);
            if (performance.now() < end) requestAnimationFrame(sample);
            else resolve(seen);
          };
          sample();
        }),
    );
    const after = positions.filter((p) => p !== before);
    expect(after).toHaveLength(1);
    await waitForFrames(page, 4);
    expect(await cameraAt(page)).toBe(after[0]);
    await context.close();
  });

  it('holds the looped lean-back at its end position instead of moving', async () => {
    const { page, context, errors } = await openPage(browser, '?step=three-joint-complex', undefined, { reducedMotion: 'reduce' });
    await waitForScene(page);
    await page.click('[data-action="motion"]');
    const upright = await angleShown(page);
    await page.click('[data-control="lean-back"]');
    await waitForFrames(page, 2);
    const held = await angleShown(page);
    const seen = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(500);
      seen.add(await angleShown(page));
    }
    expect(held).not.toBe(upright);
    expect([...seen]).toEqual([held]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
