import { STRUCTURES, type StructureInfo, type StructureKind } from '../../src/anatomy/structures';
import { nameFromRecipe } from '../../src/story/structureNames';
import { VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';

/** File names in public/models/. */
export const DEFAULT_MODEL = 'lumbar-spine.glb';
/** The detailed bones, discs and nuclei that replace the default (light) model's once they have arrived. */
export const DETAIL_MODEL = 'lumbar-spine-detail.glb';
export const MANIFEST = 'manifest.json';

export interface ManifestStructure {
  id: string;
  kind: StructureKind;
  parent: string | null;
  level: string | null;
  name: { 'zh-TW': string; en: string };
  /** The glb that carries it (variant pieces only; the rest are in the default model). */
  model?: string;
}

export interface ModelManifest {
  /** glb files in public/models/, the default model first, then its detailed bones and discs. */
  models: string[];
  structures: ManifestStructure[];
}

/** The manifest the app reads to name, group and focus structures without opening a glb. */
export function buildManifest(modelFiles: readonly string[]): ModelManifest {
  return {
    models: [...modelFiles],
    structures: [...STRUCTURES, ...VARIANT_STRUCTURES].map((s: StructureInfo & { model?: string }) => ({
      id: s.id,
      kind: s.kind,
      parent: s.parent ?? null,
      level: s.level ?? null,
      name: { 'zh-TW': nameFromRecipe(s.name, 'zh-TW'), en: nameFromRecipe(s.name, 'en') },
      ...(s.model ? { model: s.model } : {}),
    })),
  };
}

/** Stable text: fixed key order, two-space indent, trailing newline. */
export function manifestJson(manifest: ModelManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
