import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { PHONE } from '../tests/e2e/chromium';
import { closeServer, serveExplainer, serveHostPages } from './embed/staticServers';
import { PORTS } from './ports';

/**
 * The article widget in the demo pages (host and explainer on two plain static hosts): what a reader downloads
 * before the widget is near (loader, embed page, shell, poster), what the first drawn 3D frame has cost by then,
 * and how much the article moved while the widget loaded (the host page's own layout-shift entries; goal 0).
 */
const EXPLAINER = `http://127.0.0.1:${PORTS.embedExplainer}/`;
const HOST = `http://127.0.0.1:${PORTS.embedHost}/`;

interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

/** Sizes of the explainer's files among `urls`, from dist/ (raw and gzip -9, as a host that compresses would send). */
function explainerBytes(urls: string[]): Bytes {
  const paths = [...new Set(urls.filter((url) => url.startsWith(EXPLAINER)).map((url) => new URL(url).pathname))];
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const file = join('dist', path === '/' ? 'index.html' : path);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: paths.length, raw, gzip };
}

/** The frame of the pages' first widget (both open on lean-back-intro). */
async function frameOf(page: Page): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(`${EXPLAINER}embed.html?step=lean-back-intro`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
}

async function observeShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftOf = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

export interface EmbedBench {
  beforeNear: Bytes;
  toFirstFrame: Bytes;
  shiftScriptTag: number;
  shiftPlaceholder: number;
  model: { glbGzip: number; scriptGzip: number };
}

async function loadWidget(browser: Browser, path: string, scrollFirst: boolean) {
  const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(HOST + path);
  await observeShifts(page);
  const frame = await frameOf(page);
  await frame.locator('.fe-poster__title').waitFor({ timeout: 60_000 });
  await frame.waitForFunction(() => (document.querySelector('.fe-poster__image') as HTMLImageElement | null)?.complete === true);
  await page.waitForTimeout(1000);
  const beforeNear = explainerBytes(requests);
  if (scrollFirst) await page.locator('.facet-explainer').scrollIntoViewIfNeeded();
  await frame.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 180_000, polling: 250 });
  const toFirstFrame = explainerBytes(requests);
  await page.waitForTimeout(1000);
  const shift = await shiftOf(page);
  await context.close();
  return { beforeNear, toFirstFrame, shift };
}

export async function measureEmbed(browser: Browser): Promise<EmbedBench> {
  const explainer = await serveExplainer(PORTS.embedExplainer);
  const host = await serveHostPages(PORTS.embedHost, EXPLAINER);
  try {
    const scriptTag = await loadWidget(browser, 'script-tag.html', true);
    const placeholder = await loadWidget(browser, 'article.html', false);
    const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
    return {
      beforeNear: scriptTag.beforeNear,
      toFirstFrame: scriptTag.toFirstFrame,
      shiftScriptTag: scriptTag.shift,
      shiftPlaceholder: placeholder.shift,
      model: { glbGzip: gz('dist/models/lumbar-spine.glb'), scriptGzip: gz('dist/models/lumbar-spine.glb.js') },
    };
  } finally {
    await closeServer(explainer);
    await closeServer(host);
  }
}

export function formatEmbed(bench: EmbedBench): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const loader = gzipSync(readFileSync('dist/embed.js'), { level: 9 }).length;
  return [
    `embed loader (embed.js): ${kb(loader)} gzip (budget 5 KB ${loader <= 5120 ? 'ok' : 'OVER'})`,
    `embed before the reader is near (loader, page, shell, poster): ${bench.beforeNear.files} files, ${kb(bench.beforeNear.raw)} raw, ${kb(bench.beforeNear.gzip)} gzip (budget 60 KB ${bench.beforeNear.gzip <= 61_440 ? 'ok' : 'OVER'})`,
    `embed to the first drawn 3D frame: ${bench.toFirstFrame.files} files, ${kb(bench.toFirstFrame.raw)} raw, ${kb(bench.toFirstFrame.gzip)} gzip`,
    `embed layout shift in the host article while the widget loads: script tag ${bench.shiftScriptTag.toFixed(4)}, reserved placeholder ${bench.shiftPlaceholder.toFixed(4)} (goal 0)`,
    `embed model in a sandboxed (opaque-origin) frame: glb ${kb(bench.model.glbGzip)} gzip, as a classic script ${kb(bench.model.scriptGzip)} gzip (x${(bench.model.scriptGzip / bench.model.glbGzip).toFixed(2)})`,
  ];
}
