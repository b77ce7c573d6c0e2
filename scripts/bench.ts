/**
 * `npm run bench`: every row of the performance table from one run: bundle and model size, the transfer to the
 * first 3D frame, triangles and draw calls at the default view, time to the first rendered frame as a ratio to a
 * minimal R3F scene measured in the same run (absolute times on software WebGL mean little; the ratio is what to
 * compare between runs), the slider's frame cost, total blocking time at load and the accessibility and best-practices
 * scores (Lighthouse) with the long tasks at load and what ran in them (benchLongTasks.ts), WebGL objects over 20
 * context loss / restore cycles, CSP reports over a walk, and the time from a findings-control tap to the first
 * frame that shows the new pathology variant, and the article widget's bytes before and after the reader comes near,
 * with the host article's layout shift (benchEmbed.ts), the clinic tablet's soak: 1,000 step changes with idle
 * resets, heap and renderer counts sampled along the way (benchSoak.ts), and last the time `npm run models` takes to
 * build every model (in memory, on the same worker pool).
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium, TABLET } from '../tests/e2e/chromium';
import { initialJsBytes } from './bundleSize';
import { formatEmbed, measureEmbed } from './benchEmbed';
import { firstFrameTransfer, type FirstFrameTransfer } from './benchLoad';
import { formatLighthouse, runLighthouseMedian } from './benchLighthouse';
import { formatLongTasks, measureLoadLongTasks } from './benchLongTasks';
import { contextCycleCounts, cspWalk, formatGpuCount } from './benchRobustness';
import { measureSliderDrag } from './benchSlider';
import { formatSoak, measureSoak } from './benchSoak';
import { formatVariantSwitches, measureVariantSwitches } from './benchVariants';
import { createModelPool } from './models/workerPool';
import { encodeModels } from './models/writeModels';
import { PORTS } from './ports';
import { STEPS } from '../src/story/steps';

const STEP_COUNT = STEPS.length;

/** A small landscape window (not the stacked phone layout) for the variant switches. */
const SMALL_WINDOW = { width: 800, height: 480 };

const RUNS = 5;
const CONTEXT_CYCLES = 20;
/** Goals of issue 15 (the lean core). */
const GOALS = { transferKB: 700, firstFrameRatio: 1.3, dragWorkMs: 4, blockingMs: 200, modelBuildS: 60 } as const;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
const MINIMAL_OUT = '.tmp/bench-minimal';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  await build({ root: 'scripts/bench/minimal', base: './', logLevel: 'warn', build: { outDir: join(process.cwd(), MINIMAL_OUT), emptyOutDir: true } });
  const app = await serve('dist', PORTS.benchApp);
  const minimal = await serve(MINIMAL_OUT, PORTS.benchMinimal);
  // Lighthouse first, with its own Chromium, before the benchmark's browser loads the machine.
  const lighthouse = await runLighthouseMedian(`http://127.0.0.1:${PORTS.benchApp}/`);
  const lighthouseLines = formatLighthouse(lighthouse, GOALS.blockingMs);
  const browser = await launchChromium();
  try {
    const appTimes: number[] = [];
    const minimalTimes: number[] = [];
    let drawCalls = 0;
    let triangles = 0;
    let transfer: FirstFrameTransfer = { js: 0, css: 0, model: 0, files: [] };
    const detailAfterMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: TABLET });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORTS.benchMinimal}/`);
      await page.waitForFunction(() => window.__minimalFirstFrameMs !== undefined, undefined, { timeout: 60_000 });
      minimalTimes.push(await page.evaluate(() => window.__minimalFirstFrameMs ?? NaN));
      await page.goto(`http://127.0.0.1:${PORTS.benchApp}/`);
      await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 60_000 });
      appTimes.push(await page.evaluate(() => window.__spineProbe?.firstFrameMs ?? NaN));
      transfer = await firstFrameTransfer(page);
      // The detailed bones and discs replace the light ones after the first frame (scene/useDetailModel.ts).
      await page.waitForFunction(() => ['detailed', 'failed'].includes(window.__spineProbe?.detail() ?? ''), undefined, { timeout: 120_000 });
      detailAfterMs.push(await page.evaluate(() => performance.now() - (window.__spineProbe?.firstFrameMs ?? 0)));
      await page.waitForTimeout(1500);
      drawCalls = await page.evaluate(() => window.__spineProbe?.drawCalls ?? 0);
      triangles = await page.evaluate(() => window.__spineProbe?.triangles ?? 0);
      await context.close();
    }
    const js = initialJsBytes('dist');
    const modelBytes = statSync('public/models/lumbar-spine.glb').size;
    const detailBytes = statSync('public/models/lumbar-spine-detail.glb').size;
    const appMs = median(appTimes);
    const minimalMs = median(minimalTimes);
    console.log(`initial JS: ${js.raw} B raw, ${js.gzip} B gzip (${js.files.join(', ')})`);
    console.log(`default model: light ${modelBytes} B (public/models/lumbar-spine.glb, draws the first frame), detailed bones and discs ${detailBytes} B (lumbar-spine-detail.glb, swapped in ${median(detailAfterMs).toFixed(0)} ms after the first frame, median of ${RUNS})`);
    const transferTotal = transfer.js + transfer.css + transfer.model;
    console.log(
      `transfer to the first 3D frame (gzip): ${kb(transferTotal)} = JS ${kb(transfer.js)} + CSS ${kb(transfer.css)} + model ${kb(transfer.model)} (goal ≤ ${GOALS.transferKB} KB ${verdict(transferTotal <= GOALS.transferKB * 1024)}; ${transfer.files.join(', ')})`,
    );
    console.log(`triangles drawn at the default view: ${triangles}`);
    console.log(`draw calls at the default view: ${drawCalls}`);
    console.log(
      `first rendered frame: app ${appMs.toFixed(0)} ms, minimal R3F scene ${minimalMs.toFixed(0)} ms, ratio ${(appMs / minimalMs).toFixed(2)} (median of ${RUNS}, same run; goal ≤ ${GOALS.firstFrameRatio} ${verdict(appMs / minimalMs <= GOALS.firstFrameRatio)})`,
    );
    const slider = await measureSliderDrag(browser, `http://127.0.0.1:${PORTS.benchApp}/?step=lean-back-intro`);
    const f = (p: typeof slider.still) =>
      `median frame ${p.medianFrameMs.toFixed(1)} ms, main-thread work ${p.medianWorkMs.toFixed(2)} ms/frame (medians of ${p.frames} frames)`;
    console.log(`extension slider, still scene: ${f(slider.still)}`);
    console.log(`extension slider, dragging:    ${f(slider.drag)}`);
    console.log(
      `slider drag / still: frame time ${(slider.drag.medianFrameMs / slider.still.medianFrameMs).toFixed(2)}, main-thread work ${(slider.drag.medianWorkMs / slider.still.medianWorkMs).toFixed(2)} (goal: ≤ ${GOALS.dragWorkMs} ms main-thread work per frame while dragging ${verdict(slider.drag.medianWorkMs <= GOALS.dragWorkMs)})`,
    );
    for (const line of lighthouseLines) console.log(line);
    // What the blocking time is made of (minified names; scripts/longTasks.ts profiles an unminified build).
    await measureLoadLongTasks(browser, `http://127.0.0.1:${PORTS.benchApp}/`).then(
      (tasks) => formatLongTasks(tasks).forEach((line) => console.log(line)),
      (error: unknown) => console.log(`long tasks at load: failed (${String(error).split('\n')[0]})`),
    );
    const cycles = await contextCycleCounts(browser, `http://127.0.0.1:${PORTS.benchApp}/`, CONTEXT_CYCLES);
    console.log(`WebGL objects before the first context loss: ${formatGpuCount(cycles.before)}`);
    console.log(`WebGL objects after ${CONTEXT_CYCLES} loss / restore cycles: ${formatGpuCount(cycles.last)}`);
    const violations = await cspWalk(browser, `http://127.0.0.1:${PORTS.benchApp}/`);
    console.log(`CSP violations over a walk through all ${STEP_COUNT} steps: ${violations.length}${violations.length ? ` (${violations.slice(0, 3).join('; ')})` : ''}`);
    // The tablet size, then a small window where the software rasteriser no longer dominates each frame. A failed
    // measurement is reported and the rows after it still run.
    for (const viewport of [undefined, SMALL_WINDOW]) {
      await measureVariantSwitches(browser, `http://127.0.0.1:${PORTS.benchApp}/?step=welcome`, viewport).then(
        (variants) => formatVariantSwitches(variants).forEach((line) => console.log(line)),
        (error: unknown) => console.log(`variant switches at ${viewport ? `${viewport.width}x${viewport.height}` : 'tablet size'}: failed (${String(error).split('\n')[0]})`),
      );
    }
    await measureEmbed(browser).then(
      (embed) => formatEmbed(embed).forEach((line) => console.log(line)),
      (error: unknown) => console.log(`embed: failed (${String(error).split('\n')[0]})`),
    );
    await measureSoak(browser, `http://127.0.0.1:${PORTS.benchApp}/`).then(
      (soak) => formatSoak(soak).forEach((line) => console.log(line)),
      (error: unknown) => console.log(`soak: failed (${String(error).split('\n')[0]})`),
    );
    console.log(`budgets: JS ≤ 358400 B gzip ${js.gzip <= 358_400 ? 'ok' : 'OVER'}; model ≤ 1048576 B ${modelBytes <= 1_048_576 ? 'ok' : 'OVER'}; draw calls ≤ 60 ${drawCalls <= 60 ? 'ok' : 'OVER'}`);
  } finally {
    await browser.close();
    await app.close();
    await minimal.close();
  }
  const modelBuild = await modelBuildSeconds();
  console.log(
    `model build (npm run models, in memory): ${modelBuild.wallS.toFixed(1)} s, CPU ${modelBuild.cpuS.toFixed(1)} s over all workers, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (goal ≤ ${GOALS.modelBuildS} s ${verdict(modelBuild.wallS <= GOALS.modelBuildS)})`,
  );
}

/**
 * Wall time of building every model file, as `npm run models` does, without writing them, and the CPU time of this
 * process over it (the workers are its threads): on a shared machine the CPU time is the figure that compares.
 */
async function modelBuildSeconds(): Promise<{ wallS: number; cpuS: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pool = createModelPool();
  try {
    await encodeModels(pool.encode);
  } finally {
    await pool.close();
  }
  const used = process.cpuUsage(cpu);
  return { wallS: (performance.now() - started) / 1000, cpuS: (used.user + used.system) / 1e6 };
}

await main();
