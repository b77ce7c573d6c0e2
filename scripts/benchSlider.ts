import type { Browser } from 'playwright-core';
import { TABLET } from '../tests/e2e/chromium';

/** Seconds each phase (still, dragging) is measured. */
const PHASE_SECONDS = 4;

export interface FramePhase {
  frames: number;
  medianFrameMs: number;
  /** Main-thread task time per frame (Chrome's TaskDuration), ms. */
  mainThreadMsPerFrame: number;
}

/**
 * Frame cost while the extension slider is dragged, against the same scene held still, in one page.
 * The drag sets the slider to a new angle on every animation frame, as a finger would.
 */
export async function measureSliderDrag(browser: Browser, url: string): Promise<{ still: FramePhase; drag: FramePhase }> {
  const context = await browser.newContext({ viewport: TABLET });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // tsx names inner functions through a `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(url);
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  await page.waitForTimeout(2000);

  const taskSeconds = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };

  const phase = async (drag: boolean): Promise<FramePhase> => {
    const before = await taskSeconds();
    const intervals = await page.evaluate(
      ({ seconds, drag }) =>
        new Promise<number[]>((resolve) => {
          const slider = document.querySelector<HTMLInputElement>('input[data-control="extension"]');
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          const times: number[] = [];
          const start = performance.now();
          let step = 0;
          const tick = (now: number) => {
            times.push(now);
            if (drag && slider && setValue) {
              setValue.call(slider, String(Math.round(20 * Math.sin(step++ / 8))));
              slider.dispatchEvent(new Event('input', { bubbles: true }));
            }
            if (now - start < seconds * 1000) requestAnimationFrame(tick);
            else resolve(times.slice(1).map((t, i) => t - times[i]!));
          };
          requestAnimationFrame(tick);
        }),
      { seconds: PHASE_SECONDS, drag },
    );
    const after = await taskSeconds();
    const sorted = [...intervals].sort((a, b) => a - b);
    return {
      frames: intervals.length,
      medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      mainThreadMsPerFrame: ((after - before) * 1000) / Math.max(1, intervals.length),
    };
  };

  const still = await phase(false);
  const drag = await phase(true);
  await context.close();
  return { still, drag };
}
