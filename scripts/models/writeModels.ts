import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { buildManifest, DEFAULT_MODEL, DETAIL_MODEL, MANIFEST, manifestJson } from './manifest';
import { createModelIO } from './modelIO';
import { buildSpineDocuments } from './spineDocument';
import { VARIANT_RECIPES } from './variantDocument';

/** A file of public/models/, path relative to that folder. */
export interface ModelFile {
  path: string;
  bytes: Uint8Array;
  /** Triangles drawn (0 for the manifest). */
  triangles: number;
}

/** A recipe, named by its first file, builds one or more glbs from one run of the generators. */
interface ModelRecipe {
  name: string;
  build: () => Promise<{ path: string; document: Document }[]>;
}

/** Each glb and the documents that make it: the default model (light, then detailed), then the variants. */
const MODEL_RECIPES: readonly ModelRecipe[] = [
  {
    name: DEFAULT_MODEL,
    build: async () => {
      const { light, detail } = await buildSpineDocuments();
      return [
        { path: DEFAULT_MODEL, document: light },
        { path: DETAIL_MODEL, document: detail },
      ];
    },
  },
  ...VARIANT_RECIPES.map(({ path, build }) => ({ name: path, build: async () => [{ path, document: await build() }] })),
];

export function countTriangles(document: Document): number {
  return document
    .getRoot()
    .listMeshes()
    .flatMap((mesh) => mesh.listPrimitives())
    .reduce((n, primitive) => n + (primitive.getIndices()?.getCount() ?? 0) / 3, 0);
}

/** Generates the glbs of one recipe of MODEL_RECIPES in memory. */
export async function encodeModel(name: string): Promise<ModelFile[]> {
  const recipe = MODEL_RECIPES.find((r) => r.name === name);
  if (!recipe) throw new Error(`no model recipe for ${name}`);
  const io = await createModelIO();
  const files: ModelFile[] = [];
  for (const { path, document } of await recipe.build()) {
    files.push({ path, bytes: await io.writeBinary(document), triangles: countTriangles(document) });
  }
  return files;
}

function manifestFile(paths: readonly string[]): ModelFile {
  const manifest = manifestJson(buildManifest(paths));
  return { path: MANIFEST, bytes: new TextEncoder().encode(manifest), triangles: 0 };
}

/**
 * Generates every model file, in a stable order. `encode` builds one recipe's glbs; the scripts pass one that
 * spreads the recipes over worker threads.
 */
export async function encodeModels(encode: (name: string) => Promise<ModelFile[]> = encodeModel): Promise<ModelFile[]> {
  const glbs = (await Promise.all(MODEL_RECIPES.map((r) => encode(r.name)))).flat();
  return [...glbs, manifestFile(glbs.map((file) => file.path))];
}

/** Writes generated model files under `outDir` (public/models/ for the committed set). */
export async function writeModelFiles(outDir: string, files: readonly ModelFile[]): Promise<void> {
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}
