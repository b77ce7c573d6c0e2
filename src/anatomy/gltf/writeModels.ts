import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { buildManifest, DEFAULT_MODEL, MANIFEST, manifestJson } from './manifest';
import { createModelIO } from './modelIO';
import { buildSpineDocument } from './spineDocument';

/** A file of public/models/, path relative to that folder. */
export interface ModelFile {
  path: string;
  bytes: Uint8Array;
  /** Triangles drawn (0 for the manifest). */
  triangles: number;
}

/** Each glb and the document that makes it; variants (e.g. `variants/lstv.glb`) are added here. */
export const MODEL_RECIPES: readonly { path: string; build: () => Promise<Document> }[] = [
  { path: DEFAULT_MODEL, build: () => buildSpineDocument() },
];

export function countTriangles(document: Document): number {
  return document
    .getRoot()
    .listMeshes()
    .flatMap((mesh) => mesh.listPrimitives())
    .reduce((n, primitive) => n + (primitive.getIndices()?.getCount() ?? 0) / 3, 0);
}

/** Generates every model file in memory, in a stable order. */
export async function encodeModels(): Promise<ModelFile[]> {
  const io = await createModelIO();
  const files: ModelFile[] = [];
  for (const recipe of MODEL_RECIPES) {
    const document = await recipe.build();
    files.push({ path: recipe.path, bytes: await io.writeBinary(document), triangles: countTriangles(document) });
  }
  const manifest = manifestJson(buildManifest(MODEL_RECIPES.map((r) => r.path)));
  files.push({ path: MANIFEST, bytes: new TextEncoder().encode(manifest), triangles: 0 });
  return files;
}

/** Generates every model file and writes it under `outDir` (public/models/ for the committed set). */
export async function writeModels(outDir: string): Promise<ModelFile[]> {
  const files = await encodeModels();
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  return files;
}
