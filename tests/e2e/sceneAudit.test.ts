import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/story/steps';
import { EMBED, launchChromium, openPage, PHONE, SCENE_CANVAS, TABLET, waitForFrames, waitForScene } from './chromium';
import { measure, type Check, type StepPicture } from './sceneAuditChecks';

/**
 * The scene audit: every step at a tablet, an embedded widget and a phone, after it settles (reduced motion, so
 * moves and fades end at once). One page per size, stepped through with the panel's "next" button. For each step:
 * the subject on screen and framed, no UI over it, at least half of it visible (id render pass), labels on screen,
 * apart and pointing at a part of their structure in plain view. Checks that fail today are listed in
 * sceneAudit.baseline.json; any other failure is a regression.
 * `AUDIT_BASELINE=write` rewrites the baseline from this run (after a change that mends or knowingly breaks checks);
 * `AUDIT_SHOTS=<folder>` also saves a screenshot of every settled step there (<size>-<step>.png) to look at;
 * `AUDIT_SIZES=phone` audits some sizes only (a baseline written then keeps the other sizes' rows as they were).
 * Each size's table is printed and written, with the others of the run, to .tmp/scene-audit.md.
 */
const ALL_SIZES = { tablet: TABLET, embed: EMBED, phone: PHONE } as const;
type SizeName = keyof typeof ALL_SIZES;
const isSizeName = (name: string): name is SizeName => name in ALL_SIZES;
/** `AUDIT_SIZES=phone,embed` audits those sizes alone, in that order (all three by default). */
const SIZES = Object.fromEntries(
  (process.env.AUDIT_SIZES?.split(',').filter(isSizeName) ?? (Object.keys(ALL_SIZES) as SizeName[])).map((name) => [name, ALL_SIZES[name]]),
);
/** Per size: 47 steps, each waiting for its fades and models, on a shared, busy machine. */
const SIZE_TIMEOUT_MS = 1_800_000;
const BASELINE_FILE = new URL('./sceneAudit.baseline.json', import.meta.url);
const BASELINE: Record<string, Check[]> = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
const observed: Record<string, Check[]> = {};
const TABLE_FILE = '.tmp/scene-audit.md';
const tables: string[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  if (process.env.AUDIT_BASELINE === 'write') {
    const sorted = Object.fromEntries(Object.entries({ ...BASELINE, ...observed }).filter(([, c]) => c.length > 0).sort());
    writeFileSync(BASELINE_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
  }
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(TABLE_FILE, `${tables.join('\n\n')}\n`);
});

async function picture(page: Page): Promise<StepPicture> {
  return page.evaluate((sceneCanvas) => {
    const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const audit = window.__spineProbe!.auditSubject();
    const obstacles = [...document.querySelectorAll('[data-obstacle]')].map((e) => plain(e.getBoundingClientRect()));
    const labelElements = [...document.querySelectorAll<HTMLElement>('.scene-label')];
    const drawn = labelElements.filter((e) => !e.closest('[hidden]') && getComputedStyle(e).visibility === 'visible');
    const labels = drawn.map((e) => plain(e.getBoundingClientRect()));
    return {
      step: new URLSearchParams(location.search).get('step') ?? '',
      canvas: plain(document.querySelector(sceneCanvas)!.getBoundingClientRect()),
      subject: audit.subject,
      free: audit.free,
      visibleShare: audit.visibleShare,
      obstacles: obstacles.filter((r) => r.width > 0 && r.height > 0),
      labels,
      labelCount: labelElements.length,
      labelsBehind: drawn.filter((e) => parseFloat(getComputedStyle(e).opacity) < 1).length,
    };
  }, SCENE_CANVAS);
}

async function settle(page: Page, stepId: string): Promise<void> {
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('step') === id, stepId, { timeout: 30_000 });
  await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 60_000 });
  // The framing and the labels follow in the frames after the state: let them land.
  await waitForFrames(page, 2);
}

const format = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));

describe('scene audit: every step shows its subject', () => {
  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`frames, uncovers and labels the subject of all ${STEPS.length} steps at ${size} (${viewport.width}×${viewport.height})`, async () => {
      const { page, context, errors } = await openPage(browser, `?step=${STEPS[0]!.id}`, viewport);
      await waitForScene(page);
      const rows: string[] = [];
      const regressions: string[] = [];
      const mended: string[] = [];
      for (const [i, step] of STEPS.entries()) {
        if (i > 0) await page.click('.story-nav__button--next');
        await settle(page, step.id);
        const shot = await picture(page);
        if (process.env.AUDIT_SHOTS) await page.screenshot({ path: `${process.env.AUDIT_SHOTS}/${size}-${step.id}.png` });
        const m = measure(shot);
        const known = BASELINE[`${size}/${step.id}`] ?? [];
        observed[`${size}/${step.id}`] = m.failed;
        regressions.push(...m.failed.filter((c) => !known.includes(c)).map((c) => `${step.id}: ${c}`));
        mended.push(...known.filter((c) => !m.failed.includes(c)).map((c) => `${step.id}: ${c}`));
        rows.push(
          `| ${step.id} | ${format(m.fill)} | ${m.coveredPx} | ${format(shot.visibleShare)} | ${m.labelsShown} | ${m.failed.join(', ') || 'ok'} |`,
        );
      }
      const table = [`Scene audit at ${size} (${viewport.width}×${viewport.height})`, '', '| step | fill | covered px² | visible | labels | fails |', '|---|---|---|---|---|---|', ...rows].join('\n');
      tables.push(table);
      console.log(`\n${table}`);
      if (mended.length > 0) console.log(`Now passing at ${size} (remove from the baseline): ${mended.join('; ')}`);
      expect(errors).toEqual([]);
      expect(regressions, `new failures at ${size}`).toEqual([]);
      await context.close();
    }, SIZE_TIMEOUT_MS);
  }
});
