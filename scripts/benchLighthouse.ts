import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../tests/e2e/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  totalBlockingTimeMs: number;
  /** Category scores, 0–1. */
  scores: Record<Category, number>;
  /** The accessibility and best-practices audits that did not pass (score below 1), by id. */
  failedAudits: string[];
}

interface LighthouseReport {
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string }>;
  categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
}

/** Audits of a category that count towards its score and did not pass. */
function failedIn(report: LighthouseReport, category: Category): string[] {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
    .map(({ id }) => `${category}/${id}`);
}

/**
 * Total blocking time while the page loads and the performance, accessibility and best-practices scores, from one
 * Lighthouse 12.2.3 run (desktop preset), run through npx so it stays out of the project's install (about 185 MB;
 * 12.3+ needs a newer npm lock format and 13 needs Node 22). Asynchronous: the preview server it measures runs in
 * this same process and must keep answering.
 */
export async function runLighthouse(url: string, outFile = '.tmp/lighthouse.json'): Promise<LighthouseResult | string> {
  const child = spawn(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--preset=desktop',
      `--only-categories=${CATEGORIES.join(',')}`,
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
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport;
  const score = (category: Category) => report.categories[category]?.score ?? NaN;
  return {
    totalBlockingTimeMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
    failedAudits: [...failedIn(report, 'accessibility'), ...failedIn(report, 'best-practices')],
  };
}

export interface LighthouseRuns {
  /** The run with the median blocking time: its scores and audits are the ones reported. */
  median: LighthouseResult;
  /** Every run's blocking time, in the order run. */
  blockingMs: number[];
  /** Runs that failed, with why. */
  failures: string[];
}

/**
 * Lighthouse `runs` times, one after another, and the run with the median blocking time: one run's blocking time
 * ranged from about 120 to 620 ms on unchanged code here, and Lighthouse's variability guide advises running it
 * several times and taking the median run.
 */
export async function runLighthouseMedian(url: string, runs = 5): Promise<LighthouseRuns | string> {
  const results: LighthouseResult[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await runLighthouse(url);
    if (typeof result === 'string') failures.push(result);
    else results.push(result);
  }
  if (results.length === 0) return failures.join('; ');
  const byBlocking = [...results].sort((a, b) => a.totalBlockingTimeMs - b.totalBlockingTimeMs);
  return { median: byBlocking[Math.floor((byBlocking.length - 1) / 2)]!, blockingMs: results.map((r) => r.totalBlockingTimeMs), failures };
}

/** The bench's Lighthouse lines: blocking time against its goal, then the three scores and what the last two flag. */
export function formatLighthouse(runs: LighthouseRuns | string, blockingGoalMs: number): string[] {
  if (typeof runs === 'string') return [`Lighthouse (blocking time, accessibility, best practices): ${runs}`];
  const { median: result, blockingMs, failures } = runs;
  const { scores } = result;
  const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
  const goal = (value: number) => (value >= 1 ? 'ok' : 'BELOW');
  const each = blockingMs.map((ms) => ms.toFixed(0)).join(' / ');
  return [
    `total blocking time at load (Lighthouse 12.2.3, desktop preset, median of ${blockingMs.length} runs: ${each} ms): ${result.totalBlockingTimeMs.toFixed(0)} ms, performance score of that run ${scores.performance.toFixed(2)} (goal ≤ ${blockingGoalMs} ms ${ok(result.totalBlockingTimeMs <= blockingGoalMs)})`,
    ...(failures.length ? [`Lighthouse runs that failed: ${failures.join('; ')}`] : []),
    `Lighthouse accessibility score ${scores.accessibility.toFixed(2)} (goal 1.00 ${goal(scores.accessibility)}), best-practices score ${scores['best-practices'].toFixed(2)} (goal 1.00 ${goal(scores['best-practices'])})`,
    `Lighthouse audits not passed: ${result.failedAudits.length ? result.failedAudits.join(', ') : 'none'}`,
  ];
}
