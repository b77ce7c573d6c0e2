import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, PHONE, TABLET, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

interface FilmReading {
  /** The picture's place on the page. */
  box: { x: number; y: number; width: number; height: number };
  /** Pixels of the face drawn in a pressure colour (neither the cartilage colour nor the outline). */
  loaded: number;
  /** All pixels of the face. */
  face: number;
  /** Mean red channel of the loaded pixels: the pressure scale's red rises steadily with the pressure. */
  heat: number;
  caption: string;
}

/** What the opened joint in the pressure key shows now, read from its canvas pixels. */
async function readFilm(page: Page): Promise<FilmReading> {
  await waitForFrames(page, 3);
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.pressure-film__canvas')!;
    const r = canvas.getBoundingClientRect();
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const near = (i: number, [r0, g0, b0]: number[]) => Math.hypot(data[i]! - r0!, data[i + 1]! - g0!, data[i + 2]! - b0!) < 40;
    let [loaded, face, red] = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 255) continue;
      face++;
      if (near(i, [0x6f, 0xd0, 0xe3]) || near(i, [28, 74, 85])) continue;
      loaded++;
      red += data[i]!;
    }
    return {
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      loaded,
      face,
      heat: red / Math.max(1, loaded),
      caption: document.querySelector('.pressure-film__caption')?.textContent ?? '',
    };
  });
}

async function setSlider(page: Page, control: 'extension' | 'disc-loss', value: number): Promise<void> {
  const slider = page.locator(`input[data-control="${control}"]`);
  if (!(await slider.isVisible())) {
    // On a phone the toolbar folds the posture button into its "more" menu.
    if ((await page.locator('[data-action="motion"]').count()) === 0) await page.click('[data-menu="more"]');
    await page.click('[data-action="motion"]');
  }
  await slider.fill(String(value));
}

describe('the opened facet joint in the pressure key', () => {
  for (const [size, viewport] of Object.entries({ tablet: TABLET, phone: PHONE })) {
    it(`shows a larger, hotter loaded patch leaning back and over a flattened disc, on screen at ${size}`, async () => {
      const { page, context, errors } = await openPage(browser, '?step=lean-back-intro', viewport);
      await waitForScene(page);
      await setSlider(page, 'extension', 0);
      const upright = await readFilm(page);
      await setSlider(page, 'extension', 20);
      const leaning = await readFilm(page);
      await setSlider(page, 'disc-loss', 0.4);
      const flattened = await readFilm(page);

      // Large enough to read at a glance, whole on the screen, and naming the joint.
      expect(upright.box.width).toBeGreaterThanOrEqual(100);
      expect(upright.box.x).toBeGreaterThanOrEqual(0);
      expect(upright.box.y).toBeGreaterThanOrEqual(0);
      expect(upright.box.x + upright.box.width).toBeLessThanOrEqual(viewport.width);
      expect(upright.box.y + upright.box.height).toBeLessThanOrEqual(viewport.height);
      expect(upright.caption).toContain('L4-L5');
      expect(upright.face).toBeGreaterThan(upright.box.width * upright.box.height * 0.3);
      // Standing, a small patch; leaning back, larger and redder; over a flattened disc, far larger and toward yellow.
      expect(upright.loaded).toBeGreaterThan(upright.face * 0.015);
      expect(leaning.loaded).toBeGreaterThan(upright.loaded * 1.2);
      expect(leaning.heat).toBeGreaterThan(upright.heat + 10);
      expect(flattened.loaded).toBeGreaterThan(leaning.loaded * 1.8);
      expect(flattened.heat).toBeGreaterThan(leaning.heat + 20);
      expect(flattened.loaded).toBeGreaterThan(flattened.face * 0.06);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('is not drawn on a step without the pressure map', async () => {
    const { page, context } = await openPage(browser, '?step=welcome');
    await waitForScene(page);
    expect(await page.locator('.pressure-film').count()).toBe(0);
    await context.close();
  });
});
