import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PORTS } from '../../scripts/ports';
import { BASE_URL } from './chromium';

/** Serves the built app (dist/) with `vite preview` for the browser tests. */
let server: ChildProcess | undefined;

async function waitUntilServing(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(BASE_URL);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${BASE_URL}`);
}

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the browser tests.');
  server = spawn('./node_modules/.bin/vite', ['preview', '--port', String(PORTS.tests), '--strictPort'], { stdio: 'ignore' });
  await waitUntilServing(Date.now() + 30_000);
}

export async function teardown(): Promise<void> {
  server?.kill();
}
