import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../tests/e2e/chromium';

export interface LighthouseResult {
  totalBlockingTimeMs: number;
  performanceScore: number;
}

/**
 * Total blocking time while the page loads, from Lighthouse 12.2.3 (desktop preset), run through npx so it stays out
 * of the project's install (about 185 MB; 12.3+ needs a newer npm lock format and 13 needs Node 22). Asynchronous:
 * the preview server it measures runs in this same process and must keep answering.
 */
export async function runLighthouse(url: string, outFile = '.tmp/lighthouse.json'): Promise<LighthouseResult | string> {
  const child = spawn(
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
    { env: { ...process.env, CHROME_PATH }, timeout: 600_000 },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  if (status !== 0) return `lighthouse failed (${status}): ${output.trim().split('\n').slice(-2).join(' ')}`;
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as {
    audits: Record<string, { numericValue?: number }>;
    categories: { performance: { score: number } };
  };
  return { totalBlockingTimeMs: report.audits['total-blocking-time']?.numericValue ?? NaN, performanceScore: report.categories.performance.score };
}
