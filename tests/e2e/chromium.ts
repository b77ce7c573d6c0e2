import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { PORTS } from '../../scripts/ports';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const BASE_URL = `http://127.0.0.1:${PORTS.tests}/`;

/** Software WebGL (SwiftShader) and no background traffic: the flags this machine needs (see TOOLCHAIN.md). */
export const CHROMIUM_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

export const TABLET = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** The clinic tablet held upright. */
export const PORTRAIT_TABLET = { width: 800, height: 1280 };
/** A small widget embedded in an article. */
export const EMBED = { width: 800, height: 480 };

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export async function openPage(
  browser: Browser,
  path = '',
  viewport: { width: number; height: number } = TABLET,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    serviceWorkers?: 'allow' | 'block';
    /** Run in the page before its own scripts (plain JavaScript). */
    initScript?: string;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: options.reducedMotion ?? 'reduce',
    hasTouch: options.hasTouch ?? false,
    // The offline worker precaches every model after load: only the tests about it let it run (offline.test.ts).
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(RECORD_CSP_VIOLATIONS);
  if (options.initScript) await page.addInitScript(options.initScript);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(BASE_URL + path);
  return { page, context, errors, requests };
}

/** Records every Content-Security-Policy violation the page reports, from before its first script runs. */
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
`;

/** The CSP violations the page has reported so far (directive, what was blocked, where). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no CSP listener']);
}

/** Waits until the address names this step (the app writes it after each step change). */
export function waitForStep(page: Page, stepId: string): Promise<unknown> {
  return page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, stepId);
}

/** The 3D scene's canvas (three marks its own): the page has other, 2-D canvases too (the opened joint in the key). */
export const SCENE_CANVAS = 'canvas[data-engine]';

export async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 60_000 });
}

/** Share of the canvas's pixels (in a page, or an embedded widget's frame) that differ clearly from the background. */
export async function drawnPixelShare(page: Page | Frame): Promise<number> {
  const canvas = page.locator(SCENE_CANVAS);
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const surface = document.createElement('canvas');
    surface.width = image.width;
    surface.height = image.height;
    const context = surface.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data: px } = context.getImageData(0, 0, image.width, image.height);
    const background = [0x1d, 0x24, 0x30];
    let drawn = 0;
    for (let i = 0; i < px.length; i += 4) {
      const d = Math.abs(px[i]! - background[0]!) + Math.abs(px[i + 1]! - background[1]!) + Math.abs(px[i + 2]! - background[2]!);
      if (d > 40) drawn++;
    }
    return drawn / (px.length / 4);
  }, png);
}

/** Waits until the scene has drawn `count` more frames: the result of an action is then on screen. */
export async function waitForFrames(page: Page, count = 2): Promise<void> {
  const start = await page.evaluate(() => window.__spineProbe?.frames ?? 0);
  await page.waitForFunction((target) => (window.__spineProbe?.frames ?? 0) >= target, start + count, { timeout: 60_000 });
}
