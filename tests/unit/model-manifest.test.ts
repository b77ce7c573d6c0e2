import { describe, expect, it } from 'vitest';
import { buildManifest, DEFAULT_MODEL, manifestJson } from '../../scripts/models/manifest';
import { STRUCTURES } from '../../src/anatomy/structures';
import { nameFromRecipe } from '../../src/story/structureNames';
import { VARIANT_MODELS, VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';

describe('model manifest', () => {
  const manifest = buildManifest([DEFAULT_MODEL]);

  it('lists every structure, the default model’s then the variants’, once, in order, with kind, parent, level and both names', () => {
    const all = [...STRUCTURES, ...VARIANT_STRUCTURES];
    expect(manifest.structures.map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const [i, entry] of manifest.structures.entries()) {
      const source = all[i]!;
      expect(entry).toEqual({
        id: source.id,
        kind: source.kind,
        parent: source.parent ?? null,
        level: source.level ?? null,
        name: { 'zh-TW': nameFromRecipe(source.name, 'zh-TW'), en: nameFromRecipe(source.name, 'en') },
        ...('model' in source ? { model: source.model } : {}),
      });
      expect(entry.name['zh-TW'].length).toBeGreaterThan(0);
      expect(entry.name.en.length).toBeGreaterThan(0);
    }
  });

  it('names the default model first and serialises stably', () => {
    expect(manifest.models[0]).toBe('lumbar-spine.glb');
    expect(manifestJson(manifest)).toBe(manifestJson(buildManifest([DEFAULT_MODEL])));
    expect(JSON.parse(manifestJson(manifest))).toEqual(manifest);
  });

  it('names the variant glb of every variant piece, and only those', () => {
    const models = new Set(manifest.structures.flatMap((s) => (s.model ? [s.model] : [])));
    expect([...models].sort()).toEqual([...VARIANT_MODELS].sort());
    expect(manifest.structures.filter((s) => s.model).length).toBe(VARIANT_STRUCTURES.length);
  });
});
