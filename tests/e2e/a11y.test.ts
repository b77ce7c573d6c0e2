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
/** Texts over the scene checked for contrast, and those below AA. */
interface ContrastTally {
  checked: number;
  failures: string[];
}

async function checkContrast(page: Page, where: string, tally: ContrastTally): Promise<void> {
  const { checked, failures } = await sceneTextBelowAA(page, where);
  tally.checked += checked;
  tally.failures.push(...failures);
}

async function auditPanels(page: Page, where: string, contrast: ContrastTally): Promise<Violation[]> {
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
    await checkContrast(page, `${where} ${name}`, contrast);
    await page.click(`${panel} .panel-head button`);
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
        const contrast: ContrastTally = { checked: 0, failures: [] };
        const violations = await auditPanels(page, `${where} ${STEPS[0]!.id}`, contrast);
        let audited = 4;
        for (let i = 0; i < STEPS.length; i++) {
          if (i > 0) {
            await page.click('.story-nav__button--next');
            await atStep(page, i);
          }
          violations.push(...(await auditPage(page, `${where} ${STEPS[i]!.id}`)));
          await checkContrast(page, `${where} ${STEPS[i]!.id}`, contrast);
          audited++;
        }
        const counts = countByImpact(violations);
        console.log(`axe ${where}: ${audited} page states, violations by impact ${JSON.stringify(counts)}; ${contrast.checked} texts over the scene checked for contrast, ${contrast.failures.length} below AA`);
        expect(audited).toBe(STEPS.length + 4);
        expect(blocking(violations)).toEqual([]);
        // Toolbar, story chip and legends at least: every state has text over the scene.
        expect(contrast.checked).toBeGreaterThan(audited * 3);
        expect(contrast.failures).toEqual([]);
        await context.close();
      }, 900_000);
    }
  }
});
