import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, PHONE, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function settle(page: Page): Promise<void> {
  await waitForScene(page);
  await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 90_000 });
  await waitForFrames(page, 3);
}

/** Each drawn structure's opacity now, from the probe's signature (`id:opacity:highlight` per structure). */
async function opacities(page: Page): Promise<Map<string, number>> {
  const drawn = (await page.evaluate(() => window.__spineProbe!.signature())).split('|')[1]!.split(' ');
  return new Map(drawn.map((entry) => entry.split(':')).map(([id, opacity]) => [id!, Number(opacity)]));
}

const shownLabels = (page: Page) =>
  page.locator('.scene-labels:not([hidden]) .scene-label').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.structure));

describe('the transitional vertebra on a phone', () => {
  it('frames L5 with its transitional process, keeps the sacral ala solid, and names the form the findings choose', async () => {
    const { page, context, errors } = await openPage(browser, '?step=lstv', PHONE);
    await settle(page);
    // The sacrum the process meets stands partly in front of L5 from this view: it stays solid, not faded to glass.
    expect((await opacities(page)).get('sacrum')).toBeGreaterThanOrEqual(0.95);
    // L5 from one transverse process to the other fills more than half of the free area's smaller side.
    const { subject, free } = await page.evaluate(() => window.__spineProbe!.auditSubject());
    expect(subject!.width / Math.min(free.width, free.height)).toBeGreaterThan(0.5);
    expect(await shownLabels(page)).toEqual(['lstv-L5-left-pseudo-joint', 'L5']);

    await page.goto(page.url().replace('step=lstv', 'step=lstv&lstv=IIIa-right'));
    await settle(page);
    expect(await shownLabels(page)).toEqual(['lstv-L5-right-fused', 'L5']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
