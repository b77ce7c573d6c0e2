/**
 * Screenshots of the built app for looking at what we ship: `npx tsx scripts/screenshots.ts [name=query ...]`.
 * Serves dist/ with vite preview, waits for the scene, and writes screenshots/<name>-<tablet|phone>.png.
 * Without arguments it shoots the four preset views on a tablet and a phone. A query may carry posture
 * actions after `|`, applied through the posture controls: `lean=?step=lean-back-intro|level=L5-S1|ext=20|loss=0.5`,
 * a tap on a toolbar action: `findings=?step=lstv&lstv=IIa-left&facets=L4-L5:3|tap=findings`, a preset view:
 * `spurs=?step=faq-bone-spurs&facets=L5-S1:3|view=posterior`, or a click on the first match of a CSS selector:
 * `key=?step=prp|click=.story-ref-marker|click=.story-evidence-key__open`. `NO_WEBGL=1` shoots the text-only page
 * of a browser without WebGL instead. A side of the before-and-after compare: `normal=?step=lstv|anatomy=normal`.
 * The clinic tablet: `attract=?mode=kiosk`, its idle question after N seconds without a touch:
 * `idle=?mode=kiosk|idle=2`, the largest text: `big=?mode=kiosk|click=.kiosk-attract|click=[data-text-size="2"]`.
 * `SIZES=portrait` shoots an 800×1280 tablet held upright.
 * `LIGHT_MODEL=1` refuses the detailed bones and discs (lumbar-spine-detail.glb), so the shots show the light model
 * that draws the first 3D frame; otherwise each shot waits until the detailed ones are in.
 * `AUDIT=1` also prints each shot's scene-audit measures (fill, covered px², visible share, labels, failed checks).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { EMBED, launchChromium, PHONE, PORTRAIT_TABLET, SCENE_CANVAS, TABLET } from '../tests/e2e/chromium';
import { measure, type StepPicture } from '../tests/e2e/sceneAuditChecks';
import { KIOSK_SETTINGS_KEY } from '../src/state/kioskSettings';
import { PORTS } from './ports';

const PORT = PORTS.screenshots;
const OUT = 'screenshots';
const DEFAULT_SHOTS = ['lateral', 'posterior', 'superior', 'oblique'].map((view) => `${view}=view:${view}`);

interface Shot {
  name: string;
  query: string;
  view: string | null;
  actions: string[];
}

function parseShot(arg: string): Shot {
  const cut = arg.indexOf('=');
  const name = cut < 0 ? arg : arg.slice(0, cut);
  const rest = cut < 0 ? '' : arg.slice(cut + 1);
  const [query = '', ...actions] = rest.split('|');
  const view = query.startsWith('view:') ? query.slice(5) : null;
  return { name, query: view ? '' : query, view, actions };
}

/**
 * One action through the on-screen controls: level=<segment>, ext=<trunk degrees>, loss=<fraction>,
 * tap=<toolbar action>, view=<preset view>, anatomy=<normal | changed>.
 */
async function applyPosture(page: Page, action: string): Promise<void> {
  const [key, value = ''] = action.split('=');
  if (key === 'tap') await tapTool(page, `[data-action="${value}"]`, 'more');
  if (key === 'view') await tapTool(page, `[data-view="${value}"]`, 'views');
  if (key === 'click') await page.locator(action.slice('click='.length)).first().click();
  if (key === 'anatomy') await page.click(`.compare-toggle [data-anatomy="${value}"]`);
  if (key === 'level') await page.getByRole('radio', { name: value }).click();
  if (key === 'idle') await waitOutIdle(page, Number(value));
  const control = key === 'ext' ? 'extension' : key === 'loss' ? 'disc-loss' : null;
  if (!control) return;
  // A range input cannot be typed into: set its value as the browser would while dragging.
  await page.locator(`input[data-control="${control}"]`).evaluate((input: HTMLInputElement, v) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The kiosk with a short idle time, started with a tap, then left alone until its "still there?" question shows. */
async function waitOutIdle(page: Page, seconds: number): Promise<void> {
  const settings = { key: KIOSK_SETTINGS_KEY, value: JSON.stringify({ idleSeconds: seconds, questionSeconds: 60 }) };
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), settings);
  await page.reload();
  await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
  await page.click('.kiosk-attract');
  await page.locator('[data-kiosk="idle-question"]').waitFor({ timeout: (seconds + 30) * 1000 });
}

/** A toolbar button, opening its menu first where the toolbar is folded into menus (phone, embed). */
async function tapTool(page: Page, selector: string, menu: 'views' | 'more'): Promise<void> {
  if ((await page.locator(selector).count()) === 0) await page.click(`[data-menu="${menu}"]`);
  await page.click(selector);
}

/**
 * What the scene audit reads of a settled step (as tests/e2e/sceneAudit.test.ts does). Passed as source text: tsx
 * would wrap named functions in a helper the page does not have.
 */
function auditPicture(page: Page): Promise<StepPicture> {
  return page.evaluate(`(() => {
    const plain = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const audit = window.__spineProbe.auditSubject();
    const labels = [...document.querySelectorAll('.scene-label')];
    return {
      step: new URLSearchParams(location.search).get('step') ?? '',
      canvas: plain(document.querySelector('${SCENE_CANVAS}').getBoundingClientRect()),
      subject: audit.subject,
      free: audit.free,
      visibleShare: audit.visibleShare,
      obstacles: [...document.querySelectorAll('[data-obstacle]')].map((e) => plain(e.getBoundingClientRect())).filter((r) => r.width > 0 && r.height > 0),
      labels: labels.filter((e) => !e.closest('[hidden]') && getComputedStyle(e).visibility === 'visible').map((e) => plain(e.getBoundingClientRect())),
      labelCount: labels.length,
    };
  })()`);
}

function auditLine(picture: StepPicture): string {
  const m = measure(picture);
  const rect = (r: { x: number; y: number; width: number; height: number } | null) => (r ? `${Math.round(r.width)}×${Math.round(r.height)}@${Math.round(r.x)},${Math.round(r.y)}` : '—');
  return `fill ${m.fill?.toFixed(2) ?? '—'} covered ${m.coveredPx} visible ${picture.visibleShare?.toFixed(2) ?? '—'} labels ${m.labelsShown} subject ${rect(picture.subject)} free ${rect(picture.free)} fails: ${m.failed.join(', ') || 'none'}`;
}

async function main(): Promise<void> {
  const shots = (process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SHOTS).map(parseShot);
  const sizes = process.env.SIZES?.split(',') ?? ['tablet', 'phone'];
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const noWebGL = process.env.NO_WEBGL === '1';
  const lightModel = process.env.LIGHT_MODEL === '1';
  const browser = await launchChromium(noWebGL ? ['--disable-webgl', '--disable-3d-apis'] : []);
  try {
    for (const size of sizes) {
      const viewport = size === 'phone' ? PHONE : size === 'embed' ? EMBED : size === 'portrait' ? PORTRAIT_TABLET : TABLET;
      for (const shot of shots) {
        const context = await browser.newContext({ viewport, reducedMotion: 'reduce', deviceScaleFactor: 1 });
        if (lightModel) await context.route('**/models/lumbar-spine-detail.glb', (route) => route.abort());
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`${shot.name}: ${String(e)}`));
        await page.goto(`http://127.0.0.1:${PORT}/${shot.query}`);
        if (noWebGL) await page.locator('.text-only-story').waitFor({ timeout: 30_000 });
        else await page.waitForFunction(() => window.__spineProbe?.ready === true, undefined, { timeout: 90_000 });
        if (!noWebGL) await page.waitForFunction(() => ['detailed', 'failed'].includes(window.__spineProbe?.detail() ?? ''), undefined, { timeout: 90_000 });
        if (shot.view) await tapTool(page, `[data-view="${shot.view}"]`, 'views');
        for (const action of shot.actions) await applyPosture(page, action);
        // Variant models load only when a step needs them: let them arrive, then let the fades finish.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(1500);
        const file = `${OUT}/${shot.name}-${size}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        if (process.env.AUDIT === '1' && !noWebGL) console.log(`  ${auditLine(await auditPicture(page))}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
