/**
 * `npx tsx scripts/embed-screenshots.ts` (after `npm run build`): the demo article with its first widget at 390×844
 * and 1280×800, as a poster (the app's script held back) and running, in screenshots/embed-<poster|running>-<size>.png.
 */
import { mkdirSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { launchChromium, PHONE, TABLET } from '../tests/e2e/chromium';
import { closeServer, serveExplainer, serveHostPages } from './embed/staticServers';
import { PORTS } from './ports';

const EXPLAINER = `http://127.0.0.1:${PORTS.embedExplainer}/`;

async function main(): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  const explainer = await serveExplainer(PORTS.embedExplainer);
  const host = await serveHostPages(PORTS.embedHost, EXPLAINER);
  const browser = await launchChromium();
  try {
    for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]] as const) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce', deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(String(error)));
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/embed/app-*.js', async (route: Route) => {
        await held;
        await route.continue();
      });
      await page.goto(`http://127.0.0.1:${PORTS.embedHost}/article.html`, { waitUntil: 'domcontentloaded' });
      await page.locator('#widget-chapter').scrollIntoViewIfNeeded();
      const frame = page.frames().find((f) => f.url().includes('step=lean-back-intro')) ?? page.mainFrame();
      await frame.locator('.fe-poster__title').waitFor();
      await frame.waitForFunction(() => (document.querySelector('.fe-poster__image') as HTMLImageElement | null)?.complete === true);
      await page.locator('#widget-chapter').evaluate((box) => box.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `screenshots/embed-poster-${size}.png` });
      release();
      await frame.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 120_000 });
      await page.waitForTimeout(2000);
      await page.screenshot({ path: `screenshots/embed-running-${size}.png` });
      console.log(`screenshots/embed-poster-${size}.png screenshots/embed-running-${size}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    await closeServer(explainer);
    await closeServer(host);
  }
}

await main();
