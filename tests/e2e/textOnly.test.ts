import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_TEXT } from '../../src/content/story';
import { launchChromium, openPage, PHONE, waitForScene } from './chromium';

/** A browser with no WebGL at all: the explainer must fall back to its text page. */
let noGl: Browser;
beforeAll(async () => {
  noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
});
afterAll(async () => {
  await noGl.close();
});

const htmlLang = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.lang);

describe('the text-only page (no WebGL)', () => {
  it('opens the linked step, in the linked language, with the red flags and the education notice', async () => {
    const { page, context, errors } = await openPage(noGl, '?step=decision-matrix&lang=en', PHONE);
    await page.locator('[data-notice="no-webgl"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await htmlLang(page)).toBe('en');

    // The linked step is on screen and has the focus, not the top of the page.
    const heading = page.locator('#step-decision-matrix');
    await page.waitForFunction(() => document.activeElement?.id === 'step-decision-matrix', undefined, { timeout: 10_000 });
    const box = (await heading.boundingBox())!;
    const bar = (await page.locator('.text-only-story__header').boundingBox())!;
    // Below the sticky bar (language, red flags), not hidden under it, and on screen.
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(box.y).toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    expect(await page.locator('.story-education').first().textContent()).toBe(PANEL_TEXT.en.educationNotice);
    // The red-flag button stays reachable while reading far down the page, and opens the list.
    await page.locator('[data-action="red-flags"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    for (const item of Object.values(PANEL_TEXT.en.redFlags.items)) expect(await dialog.textContent()).toContain(item);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the same calm notices as the 3D page for a broken link and an unknown language', async () => {
    const { page, context, errors } = await openPage(noGl, '?step=no-such-step&lang=xx');
    const notice = page.locator('.story-notice');
    await notice.waitFor({ timeout: 20_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(PANEL_TEXT['zh-TW'].notices['unknown-step']);
    expect(text).toContain(PANEL_TEXT['zh-TW'].notices['unknown-language']);
    expect(await htmlLang(page)).toBe('zh-TW');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await notice.getByRole('button').click();
    expect(await page.locator('.story-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches language: the text, <html lang> and the address follow', async () => {
    const { page, context, errors } = await openPage(noGl, '?step=welcome');
    await page.locator('[data-action="locale"]').waitFor({ timeout: 20_000 });
    expect(await htmlLang(page)).toBe('zh-TW');
    await page.locator('[data-action="locale"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('main').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('#step-welcome').textContent()).toContain('Lumbar facet joint syndrome');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a source from its study marker, and the evidence key from there', async () => {
    const { page, context, errors } = await openPage(noGl, '?step=prp&lang=en');
    const marker = page.locator('#step-prp').locator('xpath=..').locator('.story-ref-marker').first();
    await marker.click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('n = 46');
    await dialog.getByRole('button', { name: PANEL_TEXT.en.evidenceKeyOpen }).click();
    await page.locator('dialog[open] .story-evidence-key').waitFor();
    const key = (await page.locator('dialog[open]').textContent()) ?? '';
    for (const term of ['Randomised', 'Retrospective', 'Blinded', 'Sample size']) expect(key).toContain(term);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the 3D page', () => {
  it('keeps <html lang> on the language shown when the language is switched', async () => {
    const browser = await launchChromium();
    const { page, context } = await openPage(browser, '?step=welcome');
    await waitForScene(page);
    expect(await htmlLang(page)).toBe('zh-TW');
    await page.locator('[data-action="locale"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 20_000 });
    await context.close();
    await browser.close();
  });
});
