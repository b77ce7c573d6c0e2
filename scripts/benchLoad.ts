import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface FirstFrameTransfer {
  js: number;
  css: number;
  model: number;
  files: string[];
}

/**
 * What the page downloaded before its first 3D frame, as gzip bytes of the built files (what a static host that
 * compresses would send): every script, stylesheet and model whose response ended before the probe's first frame.
 */
export async function firstFrameTransfer(page: Page, distDir = 'dist'): Promise<FirstFrameTransfer> {
  const paths = await page.evaluate(() => {
    const firstFrame = window.__spineProbe?.firstFrameMs ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= firstFrame)
      .map((entry) => new URL(entry.name).pathname);
  });
  const result: FirstFrameTransfer = { js: 0, css: 0, model: 0, files: [] };
  for (const path of paths) {
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : path.endsWith('.glb') ? 'model' : null;
    if (!kind) continue;
    result[kind] += gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
    result.files.push(path.replace(/^\//, ''));
  }
  return result;
}
