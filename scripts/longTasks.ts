/**
 * `npx tsx scripts/longTasks.ts [runs]`: the long tasks while the page loads, each with the functions that took its
 * time, on an unminified build (readable names) served from .tmp/dist-profile. Lighthouse's total blocking time is
 * the sum of their time over 50 ms each; this says what they are.
 */
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { formatLongTasks, measureLoadLongTasks } from './benchLongTasks';
import { PORTS } from './ports';

const OUT = '.tmp/dist-profile';
const runs = Number(process.argv[2]) || 1;

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, minify: false } });
const server = await preview({ build: { outDir: OUT }, preview: { port: PORTS.benchApp, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (let run = 0; run < runs; run++) {
    for (const line of formatLongTasks(await measureLoadLongTasks(browser, `http://127.0.0.1:${PORTS.benchApp}/`))) console.log(line);
  }
} finally {
  await browser.close();
  await server.close();
}
