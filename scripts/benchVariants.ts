import type { Browser, CDPSession, Page } from 'playwright-core';
import type { VariantChoice } from '../src/anatomy/variants/variantChoice';
import { variantDisplay } from '../src/anatomy/variants/variantSelection';
import { TABLET } from '../tests/e2e/chromium';
import { INSTRUMENT_FRAMES } from './benchSlider';

/**
 * Variant switches through the findings control: the time from the tap to the first rendered frame whose
 * probe shows the change (the new variant pieces drawn, the old ones gone, the signature changed), split
 * into our main-thread work and the rest (software rasterisation in the GPU process, fetch, frame pacing).
 */
interface Switch {
  name: string;
  /** The findings control button: its group and value. */
  group: string;
  value: string;
  /** The variants after the tap. */
  after: VariantChoice;
}

const NONE: VariantChoice = { lstv: 'none', lstvSide: 'left', degeneration: {} };
const SWITCHES: Switch[] = [
  { name: 'LSTV none → IIa', group: 'lstv', value: 'IIa', after: { ...NONE, lstv: 'IIa' } },
  { name: 'LSTV IIa → IIIb', group: 'lstv', value: 'IIIb', after: { ...NONE, lstv: 'IIIb' } },
  { name: 'L4-L5 grade 0 → 3', group: 'grade-L4-L5', value: '3', after: { ...NONE, lstv: 'IIIb', degeneration: { 'L4-L5': 3 } } },
  { name: 'L4-L5 grade 3 → 1', group: 'grade-L4-L5', value: '1', after: { ...NONE, lstv: 'IIIb', degeneration: { 'L4-L5': 1 } } },
  { name: 'LSTV IIIb → none', group: 'lstv', value: 'none', after: { ...NONE, degeneration: { 'L4-L5': 1 } } },
  { name: 'L4-L5 grade 1 → 0', group: 'grade-L4-L5', value: '0', after: NONE },
];
/** Rounds after the first, when every glb is loaded: each switch goes back to a variant already seen. */
const REPEAT_ROUNDS = 4;
const GIVE_UP_MS = 15_000;

export interface SwitchTiming {
  /** Tap to the end of the frame that first drew the change, ms. */
  changedMs: number;
  /** Tap to the start of the next frame: the changed frame has then been rasterised and shown. */
  shownMs: number;
  /** The tap's own handler: store, React render and commit, ms. */
  tapMs: number;
  /** Animation-frame callbacks up to the changed frame (R3F: posture, looks, draw submission), ms. */
  frameWorkMs: number;
  /**
   * All main-thread tasks of the page from the tap until the changed frame was shown (CDP TaskDuration, read
   * from Node, so a little of the polling and the next frame is in it): includes glb parse, decode and graft, ms.
   */
  mainThreadMs: number;
  frames: number;
  /** False when the change was not seen within GIVE_UP_MS. */
  seen: boolean;
}

export interface SwitchResult {
  name: string;
  first: SwitchTiming;
  repeats: SwitchTiming[];
}

export interface VariantBench {
  viewport: { width: number; height: number };
  /** Median interval between frames of the still scene before any switch: the software rasteriser's pace, ms. */
  idleFrameMs: number;
  /** Variant glbs already in the scene before the first tap (none, or "first" would not include a fetch). */
  loadedBeforeFirstTap: string[];
  switches: SwitchResult[];
}

/** Median interval of the next few animation frames, ms. */
function idleFrameInterval(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const raw = (window as unknown as { __rawRaf: typeof requestAnimationFrame }).__rawRaf;
        const times: number[] = [];
        const tick = (now: number) => {
          times.push(now);
          if (times.length < 9) raw(tick);
          else resolve(times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b)[4]!);
        };
        raw(tick);
      }),
  );
}

/** Main-thread task time of the page so far, ms. */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Taps one button of the findings control and watches each frame until the probe shows the change. */
async function timeSwitch(page: Page, cdp: CDPSession, change: Switch, before: VariantChoice): Promise<SwitchTiming> {
  const wanted = [...variantDisplay(change.after).shown];
  const gone = [...variantDisplay(before).shown].filter((id) => !wanted.includes(id));
  const startTask = await taskMs(cdp);
  const timing = await page.evaluate(
    ({ group, value, wanted, gone, giveUpMs }) =>
      new Promise<Omit<SwitchTiming, 'mainThreadMs'>>((resolve) => {
        const w = window as unknown as { __frameWork: number[]; __rawRaf: typeof requestAnimationFrame };
        const probe = window.__spineProbe!;
        const button = document.querySelector<HTMLButtonElement>(`.findings-panel [data-group="${group}"] [data-value="${value}"]`)!;
        const signature = probe.signature();
        const firstFrame = w.__frameWork.length;
        const t0 = performance.now();
        button.click();
        const tapMs = performance.now() - t0;
        let frames = 0;
        const shows = () => {
          const drawn = new Set(probe.drawnIds());
          const added = wanted.length === 0 || wanted.some((id) => drawn.has(id));
          return probe.signature() !== signature && added && gone.every((id) => !drawn.has(id));
        };
        const tick = () => {
          frames++;
          const seen = shows();
          const changedMs = performance.now() - t0;
          if (!seen && changedMs < giveUpMs) {
            w.__rawRaf(tick);
            return;
          }
          const frameWorkMs = w.__frameWork.slice(firstFrame).reduce((sum, ms) => sum + ms, 0);
          w.__rawRaf(() => resolve({ changedMs, shownMs: performance.now() - t0, tapMs, frameWorkMs, frames, seen }));
        };
        w.__rawRaf(tick);
      }),
    { group: change.group, value: change.value, wanted, gone, giveUpMs: GIVE_UP_MS },
  );
  return { ...timing, mainThreadMs: (await taskMs(cdp)) - startTask };
}

/**
 * Every switch once with its glbs not yet loaded (first time: fetch, decode and graft included), then
 * REPEAT_ROUNDS more times with everything loaded, in one page at the tablet size.
 */
/**
 * `viewport`: the tablet by default. A small one shows the same switches where the software rasteriser is no
 * longer the bottleneck, which is closer to what a tablet's GPU gives.
 */
export async function measureVariantSwitches(browser: Browser, url: string, viewport: { width: number; height: number } = TABLET): Promise<VariantBench> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT_FRAMES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  // Where the toolbar is folded (a small window), the findings control is in the "more" menu.
  const more = page.locator('[data-menu="more"]');
  if (await more.isVisible()) await more.click();
  await page.click('[data-action="findings"]');
  await page.waitForTimeout(2000);
  const idleFrameMs = await idleFrameInterval(page);
  const loadedBeforeFirstTap = await page.evaluate(() => window.__spineProbe?.variantModels() ?? []);

  const results: SwitchResult[] = SWITCHES.map((s) => ({ name: s.name, first: undefined as unknown as SwitchTiming, repeats: [] }));
  for (let round = 0; round <= REPEAT_ROUNDS; round++) {
    let before = NONE;
    for (const [i, change] of SWITCHES.entries()) {
      const timing = await timeSwitch(page, cdp, change, before);
      if (round === 0) results[i]!.first = timing;
      else results[i]!.repeats.push(timing);
      before = change.after;
      // Let the scene settle (and any idle frame work pass) before the next tap.
      await page.waitForTimeout(600);
    }
  }
  await context.close();
  return { viewport, idleFrameMs, loadedBeforeFirstTap, switches: results };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function describeTiming(t: SwitchTiming): string {
  if (!t.seen) return `change not seen within ${GIVE_UP_MS} ms`;
  const ours = t.tapMs + t.frameWorkMs;
  return (
    `${t.changedMs.toFixed(0)} ms to the changed frame (${t.frames} frame${t.frames > 1 ? 's' : ''}), ` +
    `our work ${ours.toFixed(0)} ms (tap ${t.tapMs.toFixed(1)} + frame callbacks ${t.frameWorkMs.toFixed(1)}), ` +
    `rest ${Math.max(0, t.changedMs - ours).toFixed(0)} ms waiting on the rasteriser / fetch; ` +
    `all main-thread tasks until shown ${t.mainThreadMs.toFixed(0)} ms`
  );
}

/** One line per switch: the first time, then the median repeat (by time to the changed frame). */
export function formatVariantSwitches({ viewport, idleFrameMs, loadedBeforeFirstTap, switches }: VariantBench): string[] {
  const header =
    `variant switches (findings control taps at ${viewport.width}x${viewport.height}; "first" fetches, decodes and grafts a glb not loaded yet and ` +
    `compiles its shaders; variant glbs loaded before the first tap: ${loadedBeforeFirstTap.join(', ') || 'none'}; ` +
    `the still scene's frame interval here is ${idleFrameMs.toFixed(0)} ms):`;
  return [header, ...switches.flatMap(({ name, first, repeats }) => {
    const middle = median(repeats.map((r) => r.changedMs));
    const repeat = repeats.find((r) => r.changedMs === middle) ?? repeats[0]!;
    const within = (t: SwitchTiming) => (t.seen && t.changedMs <= 100 ? 'within' : 'OVER');
    return [
      `variant switch ${name}, first:  ${describeTiming(first)} [${within(first)} 100 ms]`,
      `variant switch ${name}, repeat: ${describeTiming(repeat)} [${within(repeat)} 100 ms] (median of ${repeats.length})`,
    ];
  })];
}
