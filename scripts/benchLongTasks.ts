import type { Browser } from 'playwright-core';
import { TABLET } from '../tests/e2e/chromium';

/** One long task at load: when it began (ms since navigation start), how long it ran, and what ran in it. */
export interface LongTask {
  startMs: number;
  durationMs: number;
  /** The functions that ran longest in it (self time, ms), longest first. */
  top: { name: string; ms: number }[];
}

/** A busy marker at a known `performance.now()`, to line the profiler's clock up with the page's. */
const MARKER = '__profileClockMarker';
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__markerAt = performance.now();
  (function ${MARKER}() { const end = performance.now() + 8; while (performance.now() < end); })();
`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const shortName = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) =>
  `${functionName || '(anonymous)'}${url ? ` ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : ''}`;

/**
 * The long tasks (over 50 ms) on the main thread from navigation until the detailed model is in and the first
 * step has settled, each with the functions that took its time (a sampling CPU profile over the same load). Run it
 * on an unminified build for readable names.
 */
export async function measureLoadLongTasks(browser: Browser, url: string, topCount = 4): Promise<LongTask[]> {
  const context = await browser.newContext({ viewport: TABLET, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_LONG_TASKS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 120_000, polling: 500 });
    await page.waitForTimeout(2000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const { tasks, markerAt } = await page.evaluate(() => ({
      tasks: (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
      markerAt: (window as unknown as { __markerAt: number }).__markerAt,
    }));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const times: number[] = [];
    let t = profile.startTime;
    for (const delta of profile.timeDeltas) times.push((t += delta));
    const markerSample = profile.samples.findIndex((id) => nodes.get(id)?.callFrame.functionName === MARKER);
    // Profiler µs → page ms: the marker's first sample is at (about) the time the page noted.
    const offset = markerSample < 0 ? NaN : markerAt - times[markerSample]! / 1000;
    return tasks.map(({ start, duration }) => {
      const self = new Map<string, number>();
      for (let i = 0; i < profile.samples.length; i++) {
        const at = times[i]! / 1000 + offset;
        if (at < start || at > start + duration) continue;
        const name = shortName(nodes.get(profile.samples[i]!)!.callFrame);
        const ms = (times[i + 1] ?? times[i]!) / 1000 - times[i]! / 1000;
        self.set(name, (self.get(name) ?? 0) + ms);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, topCount).map(([name, ms]) => ({ name, ms }));
      return { startMs: start, durationMs: duration, top };
    });
  } finally {
    await context.close();
  }
}

export function formatLongTasks(tasks: readonly LongTask[]): string[] {
  const total = tasks.reduce((sum, task) => sum + task.durationMs, 0);
  const blocking = tasks.reduce((sum, task) => sum + Math.max(0, task.durationMs - 50), 0);
  return [
    `long tasks at load (navigation to settled first step): ${tasks.length}, ${total.toFixed(0)} ms in all, ${blocking.toFixed(0)} ms over 50 ms each`,
    ...tasks.map(
      (task) =>
        `  at ${task.startMs.toFixed(0)} ms, ${task.durationMs.toFixed(0)} ms: ${task.top.map((f) => `${f.name} ${f.ms.toFixed(0)}`).join('; ')}`,
    ),
  ];
}
