import type { Browser } from 'playwright-core';
import { STEPS } from '../src/story/steps';
import { cspViolations, RECORD_CSP_VIOLATIONS, TABLET, waitForScene } from '../tests/e2e/chromium';
import { contextCycles, COUNT_WEBGL_OBJECTS, type GpuCount } from '../tests/e2e/contextCycles';

/** The CSP violations reported over a walk through every step (variant models and overlays load on the way). */
export async function cspWalk(browser: Browser, baseUrl: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
  await context.addInitScript(RECORD_CSP_VIOLATIONS);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForScene(page);
  for (let i = 1; i < STEPS.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('step') === id, STEPS[i]!.id);
  }
  await page.waitForTimeout(2000);
  const violations = await cspViolations(page);
  await context.close();
  return violations;
}

/** WebGL objects before the first context loss and after the last of `cycles` loss / restore cycles. */
export async function contextCycleCounts(browser: Browser, url: string, cycles: number): Promise<{ before: GpuCount; last: GpuCount }> {
  const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
  await context.addInitScript(COUNT_WEBGL_OBJECTS);
  const page = await context.newPage();
  await page.goto(url);
  await waitForScene(page);
  const { before, after } = await contextCycles(page, cycles);
  await context.close();
  return { before, last: after[after.length - 1]! };
}

export function formatGpuCount(count: GpuCount): string {
  const { live, neverDeleted, madeWhileLost, disposeListeners } = count;
  const lost = Object.values(madeWhileLost).reduce((sum, n) => sum + n, 0);
  return (
    `live buffers ${live.buffers}, textures ${live.textures}, programs ${live.programs}, vertex arrays ${live.vertexArrays}; ` +
    `never deleted: buffers ${neverDeleted.buffers}, textures ${neverDeleted.textures}, programs ${neverDeleted.programs}; ` +
    `made while lost ${lost}; geometry dispose listeners ${disposeListeners}`
  );
}
