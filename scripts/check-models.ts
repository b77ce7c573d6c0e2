/**
 * CI freshness check: regenerates the models in memory and compares them byte for byte with the committed
 * public/models/. Exits non-zero, naming each stale or missing file, when they differ.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeModels } from './models/writeModels';
import { createModelPool } from './models/workerPool';

const committedDir = fileURLToPath(new URL('../public/models/', import.meta.url));
const pool = createModelPool();
try {
  const stale: string[] = [];
  for (const file of await encodeModels(pool.encode)) {
    const committed = await readFile(join(committedDir, file.path)).catch(() => null);
    if (!committed) stale.push(`public/models/${file.path} is missing`);
    else if (!Buffer.from(file.bytes).equals(committed)) stale.push(`public/models/${file.path} is stale`);
  }
  if (stale.length) {
    console.error(`${stale.join('\n')}\nThe generator no longer matches the committed models: run \`npm run models\` and commit.`);
    process.exitCode = 1;
  } else {
    console.log('public/models/ is up to date.');
  }
} finally {
  await pool.close();
}
