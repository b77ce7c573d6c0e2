import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each glb again as a classic script beside it (`x.glb` → `x.glb.js`), for frames with an opaque origin, where a
 * fetch() of the glb is a CORS request a plain static host refuses but a script is not
 * (src/modes/embed/frame/opaqueOriginModels.ts). Base64 costs about a third more bytes (about a sixth after gzip);
 * only sandboxed frames pay it.
 */
export function modelScript(glb: Uint8Array): string {
  return `self.__facetExplainerModel&&self.__facetExplainerModel(document.currentScript.src,"${Buffer.from(glb).toString('base64')}");\n`;
}

export function writeModelScripts(modelsDir: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(modelsDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.glb')) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.js`, modelScript(readFileSync(path)));
    written.push(`${path}.js`);
  }
  return written;
}
