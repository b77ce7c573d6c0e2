/** `npm run models`: regenerates public/models/ from the anatomy generators, one recipe per core at a time. */
import { fileURLToPath } from 'node:url';
import { encodeModels, writeModelFiles } from './models/writeModels';
import { createModelPool } from './models/workerPool';

const outDir = fileURLToPath(new URL('../public/models/', import.meta.url));
const started = performance.now();
const pool = createModelPool();
try {
  const files = await encodeModels(pool.encode);
  await writeModelFiles(outDir, files);
  for (const file of files) {
    const triangles = file.triangles ? `  ${file.triangles.toLocaleString('en')} triangles` : '';
    console.log(`${file.path.padEnd(34)} ${file.bytes.length.toLocaleString('en').padStart(12)} bytes${triangles}`);
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pool.close();
}
