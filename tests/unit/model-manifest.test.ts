import { describe, expect, it } from 'vitest';
import { buildManifest, DEFAULT_MODEL, manifestJson } from '../../src/anatomy/gltf/manifest';
import { STRUCTURES } from '../../src/anatomy/structures';

describe('model manifest', () => {
  const manifest = buildManifest([DEFAULT_MODEL]);

  it('lists every structure of structures.ts once, in order, with kind, parent, level and both names', () => {
    expect(manifest.structures.map((s) => s.id)).toEqual(STRUCTURES.map((s) => s.id));
    for (const [i, entry] of manifest.structures.entries()) {
      const source = STRUCTURES[i]!;
      expect(entry).toEqual({
        id: source.id,
        kind: source.kind,
        parent: source.parent ?? null,
        level: source.level ?? null,
        name: source.name,
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
});
