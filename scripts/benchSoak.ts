/**
 * The clinic tablet's soak: 1,000 step changes in kiosk mode with an attract / reset cycle every 100 (the idle time
 * shortened to 5 s, the question to 2 s), sampling the JS heap (CDP `Runtime.getHeapUsage` after a forced garbage
 * collection) and the renderer's geometries and textures (`__spineProbe.gpu()`) at the start, every 200 steps and at
 * the end. Part of `npm run bench`; `npx tsx scripts/benchSoak.ts` runs it alone on a fresh build.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { KIOSK_SETTINGS_KEY } from '../src/state/kioskSettings';
import { STEPS } from '../src/story/steps';
import { launchChromium, TABLET } from '../tests/e2e/chromium';
import { PORTS } from './ports';

const STEP_CHANGES = 1000;
const RESET_EVERY = 100;
const SAMPLE_EVERY = 200;
/** The goal: every count from the first full sample on stays within ±10 % of it. */
const FLAT_WITHIN = 0.1;

export interface SoakSample {
  steps: number;
  heapMB: number;
  geometries: number;
  textures: number;
}

export interface SoakResult {
  samples: SoakSample[];
  resets: number;
}

async function sample(page: Page, steps: number): Promise<SoakSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const gpu = await page.evaluate(() => window.__spineProbe!.gpu());
  return { steps, heapMB: usedSize / 2 ** 20, geometries: gpu.geometries, textures: gpu.textures };
}

const stepParam = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('step'));

/** One step forward or back by the keyboard, waiting until the address shows the new step. */
async function changeStep(page: Page, from: number, direction: 1 | -1): Promise<void> {
  await page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft');
  const target = STEPS[from + direction]!.id;
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, target, { timeout: 60_000 });
}

/** Left alone, the kiosk asks, resets and shows the attract screen; a tap starts the next visit. */
async function idleReset(page: Page): Promise<void> {
  await page.locator('[data-kiosk="idle-question"]').waitFor({ timeout: 60_000 });
  await page.locator('.kiosk-attract').waitFor({ timeout: 60_000 });
  await page.click('.kiosk-attract');
  if ((await stepParam(page)) !== null) throw new Error('the reset left a step in the address');
}

export async function measureSoak(browser: Browser, baseUrl: string): Promise<SoakResult> {
  const context = await browser.newContext({ viewport: TABLET });
  await context.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KIOSK_SETTINGS_KEY, JSON.stringify({ idleSeconds: 5, questionSeconds: 2 })],
  );
  const page = await context.newPage();
  await page.goto(`${baseUrl}?mode=kiosk`);
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  await page.click('.kiosk-attract');
  const samples = [await sample(page, 0)];
  let index = 0;
  let direction: 1 | -1 = 1;
  let resets = 0;
  for (let steps = 1; steps <= STEP_CHANGES; steps++) {
    if (index + direction < 0 || index + direction >= STEPS.length) direction = direction === 1 ? -1 : 1;
    await changeStep(page, index, direction);
    index += direction;
    if (steps % RESET_EVERY === 0) {
      await idleReset(page);
      resets++;
      index = 0;
      direction = 1;
    }
    if (steps % SAMPLE_EVERY === 0) samples.push(await sample(page, steps));
  }
  await context.close();
  return { samples, resets };
}

export function formatSoak({ samples, resets }: SoakResult): string[] {
  const rows = samples.map(
    (s) => `  after ${String(s.steps).padStart(4)} steps: JS heap ${s.heapMB.toFixed(1)} MB, geometries ${s.geometries}, textures ${s.textures}`,
  );
  // From the first sample after every step has been seen (variant models load on the way), nothing may grow.
  const reference = samples[1] ?? samples[0]!;
  const drift = (key: 'heapMB' | 'geometries' | 'textures') =>
    Math.max(...samples.slice(samples.indexOf(reference)).map((s) => Math.abs(s[key] / reference[key] - 1)));
  const worst = { heap: drift('heapMB'), geometries: drift('geometries'), textures: drift('textures') };
  const flat = Object.values(worst).every((d) => d <= FLAT_WITHIN);
  const last = samples[samples.length - 1]!;
  const first = samples[0]!;
  return [
    `kiosk soak: ${last.steps} step changes, ${resets} idle resets (attract screen between)`,
    ...rows,
    `kiosk soak drift from step ${reference.steps} on: heap ${(worst.heap * 100).toFixed(1)} %, geometries ${(worst.geometries * 100).toFixed(1)} %, textures ${(worst.textures * 100).toFixed(1)} % (goal: within ±${FLAT_WITHIN * 100} % ${flat ? 'ok' : 'OVER'}); end vs start: heap ${(last.heapMB / first.heapMB).toFixed(2)}×, geometries ${(last.geometries / first.geometries).toFixed(2)}×, textures ${(last.textures / first.textures).toFixed(2)}×`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: PORTS.benchApp, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    for (const line of formatSoak(await measureSoak(browser, `http://127.0.0.1:${PORTS.benchApp}/`))) console.log(line);
  } finally {
    await browser.close();
    await server.close();
  }
}
