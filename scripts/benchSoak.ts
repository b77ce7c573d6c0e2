/**
 * The clinic tablet's soak: 1,000 step changes in kiosk mode with an attract / reset cycle every 100 (the idle time
 * shortened to 20 s, the question to 2 s: long enough that a slow step change on a loaded machine never starts a
 * reset of its own), sampling the JS heap (CDP `Runtime.getHeapUsage` after forced garbage collections), the
 * renderer's geometries and textures (`__spineProbe.gpu()`), and the DOM nodes removed from the page but still held
 * (a heap snapshot: they live outside the JS heap, so its size misses them).
 *
 * The first walk through the story loads things once: the variant models grafted on the first step that needs each,
 * the overlays' meshes and the skinned pieces' bone textures made on their first draw (so that walk waits at each
 * step until its variant pieces are drawn: a piece grafted after a quick walk has passed it is drawn first in the
 * soak, and its bone texture then read as growth). So the soak samples three times: cold (the first step, just
 * started), warmed (after a walk to the end and back and an idle reset: every step met from both sides), and every
 * 200 step changes after that. It reports the first walk's growth apart, and holds the soak itself to the warmed
 * baseline: each later sample within ±10 % of it, or something leaks. The heap is held without its compiled code
 * (bytecode and optimised machine code, from the same heap snapshot): V8 goes on compiling and optimising the
 * functions a long visit keeps calling well after one walk, and flushes code on its own; kept objects are what leak.
 * The whole heap is reported beside it. Every sample is taken at the same place (the
 * first step, right after a reset and a tap), so the samples compare like with like.
 * Part of `npm run bench`; `npx tsx scripts/benchSoak.ts` runs it alone on a fresh build.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { KIOSK_SETTINGS_KEY } from '../src/state/kioskSettings';
import { STEPS } from '../src/story/steps';
import { launchChromium, TABLET } from '../tests/e2e/chromium';
import { heapSnapshotSummary } from '../tests/e2e/heapSnapshot';
import { PORTS } from './ports';

const STEP_CHANGES = 1000;
const RESET_EVERY = 100;
const SAMPLE_EVERY = 200;
/** The goal: every count after the warm-up walk stays within ±10 % of the warmed baseline. */
const FLAT_WITHIN = 0.1;
/** Where the soak's second part starts (a share of the step changes), for telling a leak from a long warm-up. */
const LATE_FROM = 0.4;
const IDLE_SETTINGS = { idleSeconds: 20, questionSeconds: 2 };

export interface SoakSample {
  /** Step changes of the soak so far; the cold sample is taken before the warm-up walk, the warmed one after it. */
  label: 'cold' | 'warmed' | number;
  heapMB: number;
  /** The heap less its compiled code: the objects the page keeps. */
  objectsMB: number;
  codeMB: number;
  geometries: number;
  textures: number;
  /** DOM nodes removed from the page and still held (they live outside the JS heap, so the heap misses them). */
  removedNodesHeld: number;
}

export interface SoakResult {
  cold: SoakSample;
  warmed: SoakSample;
  samples: SoakSample[];
  resets: number;
}

/** The heap after two forced collections (the second frees what the first's finalisers let go), and the renderer's counts. */
async function sample(page: Page, label: SoakSample['label']): Promise<SoakSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const gpu = await page.evaluate(() => window.__spineProbe!.gpu());
  const { detachedDomNodes: removedNodesHeld, codeMB } = await heapSnapshotSummary(page);
  const heapMB = usedSize / 2 ** 20;
  return { label, heapMB, objectsMB: heapMB - codeMB, codeMB, geometries: gpu.geometries, textures: gpu.textures, removedNodesHeld };
}

const stepParam = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('step'));

/** One step forward or back by the keyboard, waiting until the address shows the new step. */
async function changeStep(page: Page, from: number, direction: 1 | -1): Promise<void> {
  await page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft');
  const target = STEPS[from + direction]!.id;
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, target, { timeout: 60_000 });
}

/**
 * Left alone, the kiosk asks, resets and shows the attract screen; a tap starts the next visit. (Waiting on the
 * attract screen, not on the question: a sample taken just before may outlast the question's short countdown.)
 */
async function idleReset(page: Page): Promise<void> {
  await page.locator('.kiosk-attract').waitFor({ timeout: 120_000 });
  if ((await stepParam(page)) !== null) throw new Error('the reset left a step in the address');
  await page.click('.kiosk-attract');
}

/**
 * The step's variant pieces grafted and drawn: a few frames after they are in, a piece the look shows has started
 * fading in, so it has been drawn. (Not `settled`: a step whose spine keeps moving may not hold still for long.)
 */
async function waitForVariantsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__spineProbe?.variantsIn() === true, undefined, { timeout: 60_000, polling: 100 });
  const frames = await page.evaluate(() => window.__spineProbe!.frames);
  await page.waitForFunction((from) => window.__spineProbe!.frames >= from + 3, frames, { timeout: 60_000, polling: 50 });
}

/** The detailed bones and discs come in once the page is idle: the cold sample waits for them (or their failure). */
const waitForDetail = (page: Page) =>
  page.waitForFunction(() => ['detailed', 'failed'].includes(window.__spineProbe?.detail() ?? ''), undefined, { timeout: 120_000 });

export async function measureSoak(browser: Browser, baseUrl: string): Promise<SoakResult> {
  const context = await browser.newContext({ viewport: TABLET });
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KIOSK_SETTINGS_KEY, JSON.stringify(IDLE_SETTINGS)]);
  const page = await context.newPage();
  await page.goto(`${baseUrl}?mode=kiosk`);
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  await page.click('.kiosk-attract');
  await waitForDetail(page);
  const cold = await sample(page, 'cold');
  // The warm-up: every step forward and back again (the way the soak walks: some looks are met only one way), each
  // with its variant pieces drawn (which makes their bone textures), then the idle reset.
  for (let i = 0; i + 1 < STEPS.length; i++) {
    await changeStep(page, i, 1);
    await waitForVariantsDrawn(page);
  }
  for (let i = STEPS.length - 1; i > 0; i--) {
    await changeStep(page, i, -1);
    await waitForVariantsDrawn(page);
  }
  await idleReset(page);
  const warmed = await sample(page, 'warmed');
  const samples: SoakSample[] = [];
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
  return { cold, warmed, samples, resets: resets + 1 };
}

/** The counts held to the goal: the heap's objects (less compiled code), geometries and textures. */
const KEYS = ['objectsMB', 'geometries', 'textures'] as const;
const percent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;
const describe = (s: SoakSample) =>
  `JS heap ${s.heapMB.toFixed(1)} MB (objects ${s.objectsMB.toFixed(1)} MB, compiled code ${s.codeMB.toFixed(1)} MB), geometries ${s.geometries}, textures ${s.textures}, removed DOM nodes held ${s.removedNodesHeld}`;

export function formatSoak({ cold, warmed, samples, resets }: SoakResult): string[] {
  const growth = (from: SoakSample, to: SoakSample, key: (typeof KEYS)[number] | 'heapMB') => to[key] / from[key] - 1;
  // The soak's drift: the sample farthest from the warmed baseline, for each count.
  const farthest = (key: (typeof KEYS)[number] | 'heapMB') =>
    samples.map((s) => growth(warmed, s, key)).reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0);
  const drift = KEYS.map(farthest);
  const flat = drift.every((d) => Math.abs(d) <= FLAT_WITHIN);
  const last = samples[samples.length - 1] ?? warmed;
  // A leak keeps growing to the end; a longer warm-up (a fast walk on a loaded machine skips drawing some states)
  // stops: the drift over the soak's second part, from its first sample there, tells them apart.
  const late = samples.filter((s) => typeof s.label === 'number' && s.label >= LATE_FROM * STEP_CHANGES);
  const lateDrift = KEYS.map((key) => Math.max(...late.map((s) => Math.abs(growth(late[0]!, s, key)))));
  return [
    `kiosk soak: one warm-up walk through all ${STEPS.length} steps, then ${last.label} step changes; ${resets} idle resets (attract screen between)`,
    `  cold (first step, just started): ${describe(cold)}`,
    `  warmed (after one walk and a reset): ${describe(warmed)}`,
    ...samples.map((s) => `  after ${String(s.label).padStart(4)} more step changes: ${describe(s)}`),
    `kiosk soak first-walk growth (loaded once, then kept): heap objects ${percent(growth(cold, warmed, 'objectsMB'))}, geometries ${percent(growth(cold, warmed, 'geometries'))}, textures ${percent(growth(cold, warmed, 'textures'))}`,
    `kiosk soak drift over the last ${late.length - 1} samples (from ${late[0]?.label} step changes on): heap objects ±${(lateDrift[0]! * 100).toFixed(1)} %, geometries ±${(lateDrift[1]! * 100).toFixed(1)} %, textures ±${(lateDrift[2]! * 100).toFixed(1)} % (${lateDrift.every((d) => d <= FLAT_WITHIN) ? 'flat: no leak' : 'still growing'})`,
    `kiosk soak drift from the warmed baseline: heap objects ${percent(drift[0]!)}, geometries ${percent(drift[1]!)}, textures ${percent(drift[2]!)} (goal: within ±${FLAT_WITHIN * 100} % ${flat ? 'ok' : 'OVER'}); the whole heap, compiled code included, ${percent(farthest('heapMB'))}; end vs warmed: heap objects ${(last.objectsMB / warmed.objectsMB).toFixed(2)}×, geometries ${(last.geometries / warmed.geometries).toFixed(2)}×, textures ${(last.textures / warmed.textures).toFixed(2)}×`,
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
