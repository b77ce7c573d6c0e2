import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../tests/e2e/chromium';

export interface LighthouseResult {
  totalBlockingTimeMs: number;
  performanceScore: number;
}

/**
 * Total blocking time while the page loads, from Lighthouse 12.2.3 (desktop preset), run through npx so it stays out
 * of the project's install (about 185 MB; 12.3+ needs a newer npm lock format and 13 needs Node 22).
 */
export function runLighthouse(url: string, outFile = '.tmp/lighthouse.json'): LighthouseResult | string {
  const run = spawnSync(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--preset=desktop',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH }, encoding: 'utf8', timeout: 900_000 },
  );
  if (run.status !== 0) return `lighthouse failed (${run.status ?? run.signal}): ${(run.stderr || run.stdout || '').trim().split('\n').slice(-2).join(' ')}`;
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as {
    audits: Record<string, { numericValue?: number }>;
    categories: { performance: { score: number } };
  };
  return { totalBlockingTimeMs: report.audits['total-blocking-time']?.numericValue ?? NaN, performanceScore: report.categories.performance.score };
}
