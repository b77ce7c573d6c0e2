import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { buildManifest, DEFAULT_MODEL, MANIFEST, manifestJson } from './manifest';
import { createModelIO } from './modelIO';
import { buildSpineDocument } from './spineDocument';
import { VARIANT_RECIPES } from './variantDocument';

/** A file of public/models/, path relative to that folder. */
export interface ModelFile {
  path: string;
  bytes: Uint8Array;
  /** Triangles drawn (0 for the manifest). */
  triangles: number;
}

/** Each glb and the document that makes it: the default model, then the variants the scene loads when needed. */
const MODEL_RECIPES: readonly { path: string; build: () => Promise<Document> }[] = [
  { path: DEFAULT_MODEL, build: () => buildSpineDocument() },
  ...VARIANT_RECIPES,
];

export function countTriangles(document: Document): number {
  return document
    .getRoot()
    .listMeshes()
    .flatMap((mesh) => mesh.listPrimitives())
    .reduce((n, primitive) => n + (primitive.getIndices()?.getCount() ?? 0) / 3, 0);
}

/** Generates one glb of MODEL_RECIPES in memory. */
export async function encodeModel(path: string): Promise<ModelFile> {
  const recipe = MODEL_RECIPES.find((r) => r.path === path);
  if (!recipe) throw new Error(`no model recipe for ${path}`);
  const document = await recipe.build();
  const io = await createModelIO();
  return { path, bytes: await io.writeBinary(document), triangles: countTriangles(document) };
}

function manifestFile(): ModelFile {
  const manifest = manifestJson(buildManifest(MODEL_RECIPES.map((r) => r.path)));
  return { path: MANIFEST, bytes: new TextEncoder().encode(manifest), triangles: 0 };
}

/**
 * Generates every model file, in a stable order. `encode` builds one glb; the scripts pass one that spreads
 * the recipes over worker threads.
 */
export async function encodeModels(encode: (path: string) => Promise<ModelFile> = encodeModel): Promise<ModelFile[]> {
  const glbs = await Promise.all(MODEL_RECIPES.map((r) => encode(r.path)));
  return [...glbs, manifestFile()];
}

/** Writes generated model files under `outDir` (public/models/ for the committed set). */
export async function writeModelFiles(outDir: string, files: readonly ModelFile[]): Promise<void> {
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}
