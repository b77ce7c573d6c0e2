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

/** The texts of the readouts and the legend's tripod values, sampled a few times over `seconds`. */
async function sample(page: Page, seconds: number): Promise<{ angle: string; facet: string; legend: string; slider: string }[]> {
  const samples = [];
  for (let i = 0; i < 8; i++) {
    await page.waitForTimeout((seconds * 1000) / 8);
    samples.push(
      await page.evaluate(() => ({
        angle: document.querySelector('[data-readout="angle"]')?.textContent ?? '',
        facet: document.querySelector('[data-readout="facet-force"]')?.textContent ?? '',
        legend: [...document.querySelectorAll('.overlay-tripod__value')].map((e) => e.textContent).join('|'),
        slider: document.querySelector<HTMLInputElement>('input[data-control="extension"]')?.value ?? '',
      })),
    );
  }
  return samples;
}

describe('the posture, animated outside React', () => {
  it('moves the readouts, the tripod legend and the spine with the looped lean-back, and holds when the loop stops', async () => {
    const { page, context, errors } = await openPage(browser, '?step=three-joint-complex', undefined, { reducedMotion: 'no-preference' });
    await waitForScene(page);
    await page.click('[data-action="motion"]');
    await page.click('[data-control="lean-back"]');
    // Nodes added or removed under the panel or the legend wake the scene layout's measuring (a forced layout a frame).
    await page.evaluate(() => {
      const w = window as unknown as { __nodeChanges: number };
      w.__nodeChanges = 0;
      const watch = new MutationObserver((records) => (w.__nodeChanges += records.length));
      for (const part of document.querySelectorAll('.posture-controls, .overlay-tripod')) watch.observe(part, { childList: true, subtree: true });
    });
    const moving = await sample(page, 4);
    // The lean-back takes 6 s from upright to full extension and back: in 4 s the values must go through several steps.
    expect(new Set(moving.map((s) => s.angle)).size).toBeGreaterThan(2);
    expect(new Set(moving.map((s) => s.facet)).size).toBeGreaterThan(2);
    expect(new Set(moving.map((s) => s.legend)).size).toBeGreaterThan(2);
    expect(new Set(moving.map((s) => s.slider)).size).toBeGreaterThan(2);
    // The values change in place: text nodes keep their place, no node comes or goes.
    expect(await page.evaluate(() => (window as unknown as { __nodeChanges: number }).__nodeChanges)).toBe(0);
    const bones = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await waitForFrames(page, 3);
      bones.add((await page.evaluate(() => window.__spineProbe?.signature() ?? '')).split('|')[2]!);
    }
    expect(bones.size).toBeGreaterThan(1);

    await page.click('[data-control="lean-back"]');
    await waitForFrames(page, 2);
    const held = await sample(page, 1);
    expect(new Set(held.map((s) => `${s.angle} ${s.legend}`)).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the dragged angle in the readouts and the legend alike', async () => {
    const { page, context } = await openPage(browser, '?step=three-joint-complex');
    await waitForScene(page);
    await page.click('[data-action="motion"]');
    const legendAt = async (deg: number) => {
      await page.locator('input[data-control="extension"]').fill(String(deg));
      await waitForFrames(page, 2);
      return page.evaluate(() => ({
        angle: document.querySelector('[data-readout="angle"]')?.textContent ?? '',
        legend: [...document.querySelectorAll('.overlay-tripod__value')].map((e) => e.textContent).join('|'),
      }));
    };
    const upright = await legendAt(0);
    const extended = await legendAt(15);
    expect(extended.angle).not.toBe(upright.angle);
    expect(extended.legend).not.toBe(upright.legend);
    await context.close();
  });
});
