/**
 * The app icons from one drawing (`scripts/icons/vertebra.svg`): `npx tsx scripts/build-icons.ts` renders them in
 * Chromium into public/icons/ — 192 and 512 px with rounded corners, and a maskable 512 px one whose drawing sits
 * inside the safe circle on a full-bleed background (the launcher cuts its own shape).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';

const OUT = 'public/icons';
const drawing = readFileSync('scripts/icons/vertebra.svg', 'utf8');

/** Maskable icons keep their content within the central 80 % circle; the drawing is shrunk to fit with a margin. */
const MASKABLE_SCALE = 0.86;
const maskable = drawing
  .replace(/ rx="\d+"/, '')
  .replace('<g id="art">', `<g id="art" transform="translate(256 256) scale(${MASKABLE_SCALE}) translate(-256 -256)">`);

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: drawing },
  { file: 'icon-512.png', size: 512, svg: drawing },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
for (const { file, size, svg } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `${OUT}/${file}`, omitBackground: true });
  await page.close();
  console.log(`${OUT}/${file}`);
}
await browser.close();
