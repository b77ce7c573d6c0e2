import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/story/steps';
import { auditPage, blocking, countByImpact, sceneTextBelowAA, type Violation } from './a11yAudit';
import { launchChromium, openPage, PHONE, TABLET, waitForFrames, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const SIZES = { tablet: TABLET, phone: PHONE } as const;

async function atStep(page: Page, index: number): Promise<void> {
  // The first step may be shown with no `step` in the address.
  await page.waitForFunction(
    ([id, first]) => (new URL(location.href).searchParams.get('step') ?? (first ? id : null)) === id,
    [STEPS[index]!.id, index === 0] as const,
    { timeout: 30_000 },
  );
  await waitForFrames(page, 2);
}

/** Clicks a toolbar tool, through the "more" menu where the toolbar is folded (phones). */
async function clickTool(page: Page, action: string): Promise<void> {
  const more = page.locator('[data-menu="more"]');
  if (await more.isVisible()) await more.click();
  await page.click(`[data-action="${action}"]`);
}

/** Opens each panel in turn on the step shown, audits the page with it open, and closes it again. */
async function auditPanels(page: Page, where: string, lowContrast: string[]): Promise<Violation[]> {
  const found: Violation[] = [];
  const dialogs = [
    ['contents', '.story-topbar .story-button:not(.story-button--alert)'],
    ['red flags', '.story-topbar .story-button--alert'],
  ] as const;
  for (const [name, opener] of dialogs) {
    await page.click(opener);
    await page.locator('dialog[open]').waitFor();
    found.push(...(await auditPage(page, `${where} ${name}`)));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  for (const [name, action, panel] of [
    ['findings', 'findings', '.findings-panel'],
    ['posture', 'motion', '.posture-controls'],
  ] as const) {
    await clickTool(page, action);
    await page.locator(panel).waitFor();
    await waitForFrames(page, 2);
    found.push(...(await auditPage(page, `${where} ${name}`)));
    lowContrast.push(...(await sceneTextBelowAA(page, `${where} ${name}`)));
    await page.click(`${panel} .side-panel__head button`);
    await page.locator(panel).waitFor({ state: 'detached' });
  }
  const more = page.locator('[data-menu="more"]');
  if (await more.isVisible()) {
    await more.click();
    found.push(...(await auditPage(page, `${where} menu`)));
    await more.click();
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2 A/AA) over the whole story', () => {
  for (const [sizeName, size] of Object.entries(SIZES)) {
    for (const lang of ['zh-TW', 'en'] as const) {
      it(`${lang} at ${size.width}×${size.height}: every step, and the contents, red flags, findings and posture panels, have no serious or critical violation`, async () => {
        const { page, context } = await openPage(browser, `?lang=${lang}`, size);
        await waitForScene(page);
        await atStep(page, 0);
        const where = `${lang} ${sizeName}`;
        const lowContrast: string[] = [];
        const violations = await auditPanels(page, `${where} ${STEPS[0]!.id}`, lowContrast);
        let audited = 4;
        for (let i = 0; i < STEPS.length; i++) {
          if (i > 0) {
            await page.click('.story-nav__button--next');
            await atStep(page, i);
          }
          violations.push(...(await auditPage(page, `${where} ${STEPS[i]!.id}`)));
          lowContrast.push(...(await sceneTextBelowAA(page, `${where} ${STEPS[i]!.id}`)));
          audited++;
        }
        const counts = countByImpact(violations);
        console.log(`axe ${where}: ${audited} page states, violations by impact ${JSON.stringify(counts)}`);
        console.log([...new Set([...blocking(violations), ...lowContrast].map((line) => line.replace(/ @ \S+ \S+ \S+/, '')))].join('\n'));
        expect(audited).toBe(STEPS.length + 4);
        expect(blocking(violations)).toEqual([]);
        expect(lowContrast).toEqual([]);
        await context.close();
      }, 900_000);
    }
  }
});
