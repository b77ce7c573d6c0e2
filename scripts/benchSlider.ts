import type { Browser } from 'playwright-core';
import { TABLET } from '../tests/e2e/chromium';

/** Frames each phase (still, dragging) is measured over. */
const PHASE_FRAMES = 24;

export interface FramePhase {
  frames: number;
  medianFrameMs: number;
  /** Median main-thread time a frame spends in its animation callbacks (React, R3F, posture, pressure maps, labels, the film, draw submission), ms. */
  medianWorkMs: number;
}

/**
 * Times every requestAnimationFrame callback of the page (R3F's render loop, the pressure film, the drag below) and
 * adds up those of one frame (they share its timestamp), so the main-thread work of a frame is measured apart from
 * the time the software GPU takes to draw it. The untimed original stays at `__rawRaf`, for a measurement's own
 * polling.
 */
export const INSTRUMENT_FRAMES = `
  window.__name = (f) => f;
  window.__frameWork = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.__rawRaf = raf;
  let frameTime = -1;
  window.requestAnimationFrame = (callback) => raf((time) => {
    const start = performance.now();
    callback(time);
    const spent = performance.now() - start;
    const work = window.__frameWork;
    if (time === frameTime) work[work.length - 1] += spent;
    else {
      frameTime = time;
      work.push(spent);
    }
  });
`;

/**
 * Frame cost while the extension slider is dragged, against the same scene held still, in one page.
 * The drag sets the slider to a new angle on every animation frame, as a finger would.
 */
export async function measureSliderDrag(browser: Browser, url: string): Promise<{ still: FramePhase; drag: FramePhase }> {
  const context = await browser.newContext({ viewport: TABLET });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT_FRAMES);
  await page.goto(url);
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  await page.waitForTimeout(2000);

  const phase = async (drag: boolean): Promise<FramePhase> => {
    const result = await page.evaluate(
      ({ frames, drag }) =>
        new Promise<{ intervals: number[]; work: number[] }>((resolve) => {
          const w = window as unknown as { __frameWork: number[] };
          const slider = document.querySelector<HTMLInputElement>('input[data-control="extension"]');
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          const times: number[] = [];
          const firstWork = w.__frameWork.length;
          let step = 0;
          const tick = (now: number) => {
            times.push(now);
            if (drag && slider && setValue) {
              setValue.call(slider, String(Math.round(20 * Math.sin(step++ / 3))));
              slider.dispatchEvent(new Event('input', { bubbles: true }));
            }
            if (times.length <= frames) requestAnimationFrame(tick);
            else resolve({ intervals: times.slice(1).map((t, i) => t - times[i]!), work: w.__frameWork.slice(firstWork + 1) });
          };
          requestAnimationFrame(tick);
        }),
      { frames: PHASE_FRAMES, drag },
    );
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    return { frames: result.intervals.length, medianFrameMs: median(result.intervals), medianWorkMs: median(result.work) };
  };

  const still = await phase(false);
  const drag = await phase(true);
  await context.close();
  return { still, drag };
}
