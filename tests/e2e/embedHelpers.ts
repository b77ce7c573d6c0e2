import type { Server } from 'node:http';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { closeServer, serveExplainer, serveHostPages } from '../../scripts/embed/staticServers';
import { PORTS } from '../../scripts/ports';

/** The demo article on one origin, the built explainer on another, both plain static hosts (no CORS headers). */
export const EXPLAINER_URL = `http://127.0.0.1:${PORTS.embedExplainer}/`;
export const HOST_URL = `http://127.0.0.1:${PORTS.embedHost}/`;

export async function startEmbedServers(): Promise<() => Promise<void>> {
  const servers: Server[] = [await serveExplainer(PORTS.embedExplainer), await serveHostPages(PORTS.embedHost, EXPLAINER_URL)];
  return async () => {
    for (const server of servers) await closeServer(server);
  };
}

declare global {
  interface Window {
    /** Widget events the host page heard (DOM events from embed.js, or raw messages from a frame of its own). */
    __hostEvents?: Record<string, unknown>[];
    /** Script errors and policy violations seen in this frame. */
    __frameErrors?: string[];
    /** Messages that only markup run as script could have sent. */
    __pwned?: number;
  }
}

/** Records, in every frame, errors and policy violations; in the host, the widget's events and any canary message. */
function watch(): void {
  window.__frameErrors = [];
  window.__hostEvents = [];
  window.__pwned = 0;
  window.addEventListener('error', (event) => window.__frameErrors?.push(String(event.message)));
  document.addEventListener('securitypolicyviolation', (event) => window.__frameErrors?.push(`csp ${event.violatedDirective} ${event.blockedURI}`));
  if (window.top !== window) return;
  for (const name of ['ready', 'stepchange', 'error']) {
    document.addEventListener(`facet-explainer:${name}`, (event) => {
      const { widget, ...detail } = (event as CustomEvent<Record<string, unknown> & { widget: { element: Element } }>).detail;
      window.__hostEvents?.push({ ...detail, widget: widget.element.id || 'script' });
    });
  }
  window.addEventListener('message', (event) => {
    if (event.data === 'pwned') window.__pwned = (window.__pwned ?? 0) + 1;
    else if (event.data && typeof event.data === 'object' && 'facetExplainer' in event.data) window.__hostEvents?.push({ ...event.data, origin: event.origin });
  });
}

export interface HostPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}

export async function openHostPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number },
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
  prepare: (context: BrowserContext) => Promise<unknown> = async () => undefined,
): Promise<HostPage> {
  const context = await browser.newContext({ viewport, reducedMotion });
  await context.addInitScript(watch);
  await prepare(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(HOST_URL + path);
  return { page, context, requests, consoleErrors };
}

export const hostEvents = (page: Page) => page.evaluate(() => window.__hostEvents ?? []);

export async function waitForEvent(page: Page, match: Record<string, unknown>, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => (window.__hostEvents ?? []).some((event) => Object.entries(wanted).every(([key, value]) => event[key] === value)),
    match,
    { timeout },
  );
}

/** The explainer's frame whose address starts with `embed.html?step=<step>` (as the loader or the host made it). */
export async function embedFrame(page: Page, urlPart: string): Promise<Frame> {
  for (let tries = 0; tries < 300; tries++) {
    const frame = page.frames().find((f) => f.url().startsWith(EXPLAINER_URL) && f.url().includes(urlPart));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no embed frame with ${urlPart}`);
}

export async function waitForFrameScene(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 120_000 });
}


/** Errors recorded in every frame of the page, with the console's. */
export async function allErrors(host: HostPage): Promise<string[]> {
  const inFrames = await Promise.all(host.page.frames().map((frame) => frame.evaluate(() => window.__frameErrors ?? []).catch(() => [])));
  return [...host.consoleErrors, ...inFrames.flat()];
}
