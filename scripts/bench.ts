/**
 * `npm run bench`: bundle and model size, triangles, draw calls at the default view, and time to the
 * first rendered frame as a ratio to a minimal R3F scene measured in the same run (absolute times on
 * software WebGL mean little; the ratio is what to compare between runs), the slider's frame cost, and the
 * time from a findings-control tap to the first frame that shows the new pathology variant, and the article
 * widget's bytes before and after the reader comes near, with the host article's layout shift (benchEmbed.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium, TABLET } from '../tests/e2e/chromium';
import { initialJsBytes } from './bundleSize';
import { formatEmbed, measureEmbed } from './benchEmbed';
import { measureSliderDrag } from './benchSlider';
import { formatVariantSwitches, measureVariantSwitches } from './benchVariants';
import { PORTS } from './ports';

/** A small landscape window (not the stacked phone layout) for the variant switches. */
const SMALL_WINDOW = { width: 800, height: 480 };

const RUNS = 5;
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
  const browser = await launchChromium();
  try {
    const appTimes: number[] = [];
    const minimalTimes: number[] = [];
    let drawCalls = 0;
    let triangles = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: TABLET });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORTS.benchMinimal}/`);
      await page.waitForFunction(() => window.__minimalFirstFrameMs !== undefined, undefined, { timeout: 60_000 });
      minimalTimes.push(await page.evaluate(() => window.__minimalFirstFrameMs ?? NaN));
      await page.goto(`http://127.0.0.1:${PORTS.benchApp}/`);
      await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 60_000 });
      appTimes.push(await page.evaluate(() => window.__spineProbe?.firstFrameMs ?? NaN));
      await page.waitForTimeout(1500);
      drawCalls = await page.evaluate(() => window.__spineProbe?.drawCalls ?? 0);
      triangles = await page.evaluate(() => window.__spineProbe?.triangles ?? 0);
      await context.close();
    }
    const js = initialJsBytes('dist');
    const modelBytes = statSync('public/models/lumbar-spine.glb').size;
    const appMs = median(appTimes);
    const minimalMs = median(minimalTimes);
    console.log(`initial JS: ${js.raw} B raw, ${js.gzip} B gzip (${js.files.join(', ')})`);
    console.log(`default model: ${modelBytes} B (public/models/lumbar-spine.glb)`);
    console.log(`triangles drawn at the default view: ${triangles}`);
    console.log(`draw calls at the default view: ${drawCalls}`);
    console.log(
      `first rendered frame: app ${appMs.toFixed(0)} ms, minimal R3F scene ${minimalMs.toFixed(0)} ms, ratio ${(appMs / minimalMs).toFixed(2)} (median of ${RUNS}, same run)`,
    );
    const slider = await measureSliderDrag(browser, `http://127.0.0.1:${PORTS.benchApp}/?step=lean-back-intro`);
    const f = (p: typeof slider.still) =>
      `median frame ${p.medianFrameMs.toFixed(1)} ms, main-thread work ${p.medianWorkMs.toFixed(2)} ms/frame (medians of ${p.frames} frames)`;
    console.log(`extension slider, still scene: ${f(slider.still)}`);
    console.log(`extension slider, dragging:    ${f(slider.drag)}`);
    console.log(
      `slider drag / still: frame time ${(slider.drag.medianFrameMs / slider.still.medianFrameMs).toFixed(2)}, main-thread work ${(slider.drag.medianWorkMs / slider.still.medianWorkMs).toFixed(2)} (budget: ≤ 8 ms main-thread work per frame while dragging ${slider.drag.medianWorkMs <= 8 ? 'ok' : 'OVER'})`,
    );
    // The tablet size, then a small window where the software rasteriser no longer dominates each frame.
    for (const viewport of [undefined, SMALL_WINDOW]) {
      const variants = await measureVariantSwitches(browser, `http://127.0.0.1:${PORTS.benchApp}/?step=welcome`, viewport);
      for (const line of formatVariantSwitches(variants)) console.log(line);
    }
    for (const line of formatEmbed(await measureEmbed(browser))) console.log(line);
    console.log(`budgets: JS ≤ 358400 B gzip ${js.gzip <= 358_400 ? 'ok' : 'OVER'}; model ≤ 1048576 B ${modelBytes <= 1_048_576 ? 'ok' : 'OVER'}; draw calls ≤ 60 ${drawCalls <= 60 ? 'ok' : 'OVER'}`);
  } finally {
    await browser.close();
    await app.close();
    await minimal.close();
  }
}

await main();
