/**
 * `npm run models`: regenerates public/models/ from the anatomy generators, one recipe per core at a time, and the
 * landmarks the app reads (src/anatomy/bakedLandmarks.json).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BAKED_LANDMARKS_PATH, landmarksJson } from './models/landmarksFile';
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
  await writeFile(fileURLToPath(new URL(`../${BAKED_LANDMARKS_PATH}`, import.meta.url)), landmarksJson());
  console.log(BAKED_LANDMARKS_PATH);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pool.close();
}
