import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepAnnouncement } from '../../src/ui/StepAnnouncer';
import { STEPS } from '../../src/story/steps';
import { launchChromium, openPage, PHONE, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** What has the keyboard's focus, and whether it shows a ring (an outline or a box shadow). */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { where: 'body', ring: false };
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const name = element.getAttribute('data-action') ?? element.getAttribute('data-menu') ?? element.getAttribute('data-value') ?? element.className;
    return { where: `${element.tagName.toLowerCase()} ${String(name)}`, ring };
  });
}

/** Presses Tab until the focus is on `selector`; every element passed on the way must show its focus ring. */
async function tabTo(page: Page, selector: string, unringed: string[], maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (!state.ring && state.where !== 'body') unringed.push(state.where);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const stepParam = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('step'));
/** Waits until the polite live region says `text`. */
const announces = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-announcer="step"]')?.textContent === t, text, { timeout: 30_000 });
const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('the whole explainer from the keyboard alone', () => {
  it('walks the story with Tab, Enter and the arrows, each change announced; uses the findings, opens the red flags; Escape closes; the focus always shows', async () => {
    const { page, context, errors } = await openPage(browser, '?lang=en');
    await waitForScene(page);
    const unringed: string[] = [];

    // Tab to "next", then Enter through the first half of the story and the right arrow through the rest.
    await tabTo(page, '.story-nav__button--next', unringed);
    const half = Math.floor(STEPS.length / 2);
    for (let i = 1; i < STEPS.length; i++) {
      await page.keyboard.press(i <= half ? 'Enter' : 'ArrowRight');
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, STEPS[i]!.id, { timeout: 30_000 });
      await announces(page, stepAnnouncement(i, 'en'));
    }
    // Back to the first step with the left arrow.
    for (let i = STEPS.length - 2; i >= 0; i--) await page.keyboard.press('ArrowLeft');
    await announces(page, stepAnnouncement(0, 'en'));
    await page.waitForFunction((id) => (new URL(location.href).searchParams.get('step') ?? id) === id, STEPS[0]!.id, { timeout: 30_000 });

    // The findings control: open it, choose a transitional vertebra with the arrows, Escape closes it.
    await tabTo(page, '[data-action="findings"]', unringed);
    await page.keyboard.press('Enter');
    await page.locator('.findings-panel').waitFor();
    await tabTo(page, '[data-group="lstv"] [role="radio"]', unringed);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('none');
    const stepBefore = await stepParam(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lstv')?.startsWith('Ia') ?? false, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe('true');
    // The arrow chose an option; it did not also turn the page.
    expect(await stepParam(page)).toBe(stepBefore);
    await page.keyboard.press('Escape');
    await page.locator('.findings-panel').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'findings');

    // The posture sliders move with the arrows.
    await tabTo(page, '[data-action="motion"]', unringed);
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-control="extension"]', unringed);
    const angle = await page.inputValue('[data-control="extension"]');
    await page.keyboard.press('ArrowRight');
    expect(Number(await page.inputValue('[data-control="extension"]'))).toBe(Number(angle) + 1);
    await page.keyboard.press('Escape');
    await page.locator('.posture-controls').waitFor({ state: 'detached' });

    // The red flags: Enter opens the dialog with the focus inside; Escape closes it and the focus returns.
    await tabTo(page, '.story-button--alert', unringed);
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    expect(await page.evaluate(() => document.querySelector('dialog[open]')?.contains(document.activeElement) ?? false)).toBe(true);
    const inDialog = await focusState(page);
    expect(inDialog.ring, `focus ring on ${inDialog.where}`).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const afterDialog = await focusState(page);
    expect(await focusedMatches(page, '.story-button--alert'), `focus after the dialog: ${afterDialog.where}`).toBe(true);

    // The language: the page's own lang follows.
    await tabTo(page, '[data-action="locale"]', unringed);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');

    expect(unringed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it('on a phone, opens the folded menu and a control sheet from the keyboard, and Escape closes the innermost first', async () => {
    const { page, context, errors } = await openPage(browser, '?lang=en', PHONE);
    await waitForScene(page);
    const unringed: string[] = [];
    await tabTo(page, '[data-menu="more"]', unringed);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-menu="more"]', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('[data-menu="more"]', 'aria-expanded')).toBe('false');
    expect(await focusedMatches(page, '[data-menu="more"]')).toBe(true);

    // Through the menu to the findings sheet; the focus comes back to the menu's button, then Escape closes the sheet.
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-action="findings"]', unringed);
    await page.keyboard.press('Enter');
    await page.locator('.findings-panel').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-menu') === 'more');
    await page.keyboard.press('Escape');
    await page.locator('.findings-panel').waitFor({ state: 'detached' });
    expect(await focusedMatches(page, '[data-menu="more"]')).toBe(true);

    expect(unringed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
