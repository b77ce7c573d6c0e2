/**
 * `npm run posters` (after `npm run build`): the embed widget's posters, one still picture per step, rendered from
 * the built app in headless Chromium and written as small WebP files to public/posters/, with the manifest the
 * freshness test reads. Committed, like the models: `npm ci && npm test` never renders them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, SCENE_CANVAS } from '../tests/e2e/chromium';
import { STEPS } from '../src/story/steps';
import { closeServer, serveExplainer } from './embed/staticServers';
import { currentPosterManifest, POSTER_MANIFEST, POSTERS_DIR } from './embed/posterManifest';
import { PORTS } from './ports';

/** A narrow embed layout puts the scene in the top half: a square of this many CSS pixels. */
const VIEWPORT = { width: 420, height: 840 };
const POSTER_PX = 560;
const WEBP_QUALITY = 0.62;

async function main(): Promise<void> {
  mkdirSync(POSTERS_DIR, { recursive: true });
  const server = await serveExplainer(PORTS.screenshots);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.5, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(String(error)));
    await page.goto(`http://127.0.0.1:${PORTS.screenshots}/?mode=embed&scope=story&step=${STEPS[0]!.id}`);
    await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 120_000 });
    // The picture alone: legends, chips, notices and the names laid over the canvas would be in its screenshot.
    await page.addStyleTag({ content: '.embed__scene > :not(:has(canvas)), .scene-labels { display: none !important; }' });
    for (const [index, step] of STEPS.entries()) {
      if (index > 0) await page.click('.story-nav__button--next');
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, step.id);
      // Variant models arrive on first need; then the fades settle.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1200);
      const png = (await page.locator(SCENE_CANVAS).screenshot()).toString('base64');
      const webp = await page.evaluate(
        async ({ data, size, quality }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const side = Math.min(image.width, image.height);
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          canvas.getContext('2d')?.drawImage(image, (image.width - side) / 2, (image.height - side) / 2, side, side, 0, 0, size, size);
          return canvas.toDataURL('image/webp', quality).split(',')[1] ?? '';
        },
        { data: png, size: POSTER_PX, quality: WEBP_QUALITY },
      );
      const file = `${POSTERS_DIR}/${step.id}.webp`;
      writeFileSync(file, Buffer.from(webp, 'base64'));
      console.log(`${file} ${Math.round(webp.length * 0.75)} B`);
    }
    writeFileSync(POSTER_MANIFEST, `${JSON.stringify(currentPosterManifest(), null, 2)}\n`);
  } finally {
    await browser.close();
    await closeServer(server);
  }
}

await main();
