/**
 * Our bones beside the reference renders of the real mean lumbar spine (../shared/reference/images):
 * L4 alone and L2–L5, from the lateral, posterior, superior and oblique views, written side by side to
 * screenshots/compare-<bones>-<view>.png (left: reference, right: ours). Needs ImageMagick's `montage`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';

const OUT = 'screenshots';
const BUILD = '.tmp/reference-views';
const REFERENCE = join(process.cwd(), '../shared/reference/images');
const SETS = { L4: 'L4', 'L2-L5': 'L2,L3,L4,L5' } as const;
const VIEWS = ['lateral', 'posterior', 'superior', 'oblique'] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await build({
    root: 'scripts/reference-views',
    base: './',
    publicDir: join(process.cwd(), 'public'),
    logLevel: 'warn',
    build: { outDir: join(process.cwd(), BUILD), emptyOutDir: true, target: 'es2022' },
  });
  const server = await preview({ build: { outDir: BUILD }, preview: { port: 4191, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: 600 } });
    for (const [name, bones] of Object.entries(SETS)) {
      for (const view of VIEWS) {
        await page.goto(`http://127.0.0.1:4191/?bones=${bones}&view=${view}`);
        await page.waitForFunction(() => window.__rendered === true, undefined, { timeout: 60_000 });
        const ours = join(BUILD, `ours-${name}-${view}.png`);
        await page.screenshot({ path: ours });
        const reference = join(REFERENCE, `mean-${name}-${view}.png`);
        const file = join(OUT, `compare-${name}-${view}.png`);
        if (existsSync(reference)) execFileSync('montage', [reference, ours, '-tile', '2x1', '-geometry', '+4+0', '-background', '#000', file]);
        console.log(file);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
