/** `npm run models`: regenerates public/models/ from the anatomy generators. */
import { fileURLToPath } from 'node:url';
import { writeModels } from '../src/anatomy/gltf/writeModels';

const outDir = fileURLToPath(new URL('../public/models/', import.meta.url));
const started = performance.now();
const files = await writeModels(outDir);
for (const file of files) {
  const triangles = file.triangles ? `  ${file.triangles.toLocaleString('en')} triangles` : '';
  console.log(`${file.path.padEnd(28)} ${file.bytes.length.toLocaleString('en').padStart(12)} bytes${triangles}`);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
