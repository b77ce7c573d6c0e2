/**
 * Screenshots of the built app for looking at what we ship: `npx tsx scripts/screenshots.ts [name=query ...]`.
 * Serves dist/ with vite preview, waits for the scene, and writes screenshots/<name>-<tablet|phone>.png.
 * Without arguments it shoots the four preset views on a tablet and a phone.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium, PHONE, TABLET } from '../tests/e2e/chromium';

const PORT = 4190;
const OUT = 'screenshots';
const DEFAULT_SHOTS = ['lateral', 'posterior', 'superior', 'oblique'].map((view) => `${view}=view:${view}`);

interface Shot {
  name: string;
  query: string;
  view: string | null;
}

function parseShot(arg: string): Shot {
  const cut = arg.indexOf('=');
  const name = cut < 0 ? arg : arg.slice(0, cut);
  const rest = cut < 0 ? '' : arg.slice(cut + 1);
  const view = rest.startsWith('view:') ? rest.slice(5) : null;
  return { name, query: view ? '' : rest, view };
}

async function main(): Promise<void> {
  const shots = (process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SHOTS).map(parseShot);
  const sizes = process.env.SIZES?.split(',') ?? ['tablet', 'phone'];
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    for (const size of sizes) {
      const viewport = size === 'phone' ? PHONE : TABLET;
      for (const shot of shots) {
        const context = await browser.newContext({ viewport, reducedMotion: 'reduce', deviceScaleFactor: 1 });
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`${shot.name}: ${String(e)}`));
        await page.goto(`http://127.0.0.1:${PORT}/${shot.query}`);
        await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
        if (shot.view) await page.click(`[data-view="${shot.view}"]`);
        await page.waitForTimeout(1500);
        const file = `${OUT}/${shot.name}-${size}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
