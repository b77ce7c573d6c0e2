import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED, launchChromium, openPage, PHONE, TABLET, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const SIZES = { phone: PHONE, embed: EMBED } as const;

describe('the referred-pain body map where the 3D view is small', () => {
  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`shows the whole body, head to feet, beside the subject and not over it, with the legend folded (${size})`, async () => {
      const { page, context, errors } = await openPage(browser, '?step=referred-pain', viewport);
      await waitForScene(page);
      await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 60_000 });
      await waitForFrames(page, 2);
      const picture = await page.evaluate(() => {
        const plain = (r: DOMRect) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
        const body = document.querySelector('.pain-dock__body')!;
        const outline = body.querySelector('.overlay-pain__outline')!;
        return {
          scene: plain(document.querySelector('.app__scene')!.getBoundingClientRect()),
          body: plain(outline.getBoundingClientRect()),
          legendOpen: document.querySelector('details.overlay-legend')!.hasAttribute('open'),
          subject: window.__spineProbe!.auditSubject().subject,
          dockScrolls: (() => {
            const dock = document.querySelector<HTMLElement>('.pain-dock')!;
            return dock.scrollHeight > dock.clientHeight + 1 || dock.scrollWidth > dock.clientWidth + 1;
          })(),
        };
      });
      // The drawn outline (head to feet) lies inside the scene area, at a size a patient can read.
      expect(picture.body.y).toBeGreaterThanOrEqual(picture.scene.y);
      expect(picture.body.bottom).toBeLessThanOrEqual(picture.scene.bottom);
      expect(picture.body.right).toBeLessThanOrEqual(picture.scene.right);
      expect(picture.body.height).toBeGreaterThan(150);
      expect(picture.legendOpen).toBe(false);
      expect(picture.dockScrolls).toBe(false);
      // The 3D subject is framed beside the map, never under it.
      const s = picture.subject!;
      const b = picture.body;
      const overlapX = Math.min(s.x + s.width, b.right) - Math.max(s.x, b.x);
      const overlapY = Math.min(s.y + s.height, b.bottom) - Math.max(s.y, b.y);
      expect(overlapX > 0 && overlapY > 0).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the map inside the open legend on a tablet, with no docked copy', async () => {
    const { page, context } = await openPage(browser, '?step=referred-pain', TABLET);
    await waitForScene(page);
    await page.locator('details.overlay-legend[open] .overlay-pain__body').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pain-dock').count()).toBe(0);
    await context.close();
  });

  it('keeps the tap hint at the scene’s foot clear of the open legend beside it on a tablet', async () => {
    const { page, context } = await openPage(browser, '?step=referred-pain', TABLET);
    await waitForScene(page);
    await page.locator('details.overlay-legend[open] .overlay-pain__body').waitFor({ timeout: 30_000 });
    await waitForFrames(page, 2);
    const legend = (await page.locator('details.overlay-legend').boundingBox())!;
    const hint = (await page.locator('.selection-chip--hint').boundingBox())!;
    // The legend runs down the scene's left side to its foot; the hint centres in what is left beside it.
    expect(legend.y + legend.height).toBeGreaterThan(hint.y);
    expect(hint.x).toBeGreaterThanOrEqual(legend.x + legend.width);
    await context.close();
  });
});
