import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../../src/anatomy/structures';
import { VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';
import { LOCALES } from '../../src/content/locale';
import { nameFromRecipe, structureName } from '../../src/story/structureNames';

const ALL = [...STRUCTURES, ...VARIANT_STRUCTURES];
const HAN = /\p{Script=Han}/u;

describe('structure names (words in content/structureNames.*, one recipe per structure)', () => {
  it('names every structure of the model and of the variants in both languages, every placeholder filled', () => {
    for (const locale of LOCALES) {
      for (const structure of ALL) {
        const name = structureName(structure.id, locale)!;
        expect(name.trim().length, `${structure.id} ${locale}`).toBeGreaterThan(0);
        expect(name, `${structure.id} ${locale}`).not.toMatch(/[{}]|undefined/);
      }
    }
  });

  it('writes Chinese names in Chinese and English names without Chinese characters', () => {
    for (const structure of ALL) {
      expect(structureName(structure.id, 'zh-TW'), structure.id).toMatch(HAN);
      expect(structureName(structure.id, 'en'), structure.id).not.toMatch(HAN);
    }
  });

  it('gives no two structures the same name', () => {
    for (const locale of LOCALES) {
      const names = ALL.map((s) => structureName(s.id, locale));
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it('names a side and a level the way each language does', () => {
    expect(structureName('facet-L4-L5-left-capsule', 'zh-TW')).toBe('L4-L5 左側小關節囊');
    expect(structureName('facet-L4-L5-left-capsule', 'en')).toBe('L4-L5 facet capsule (left)');
    expect(structureName('L3', 'zh-TW')).toBe('第三腰椎（L3）');
  });

  it('refuses a recipe whose words are missing, and knows no unknown id', () => {
    expect(() => nameFromRecipe({ template: 'no-such-template' }, 'en')).toThrow(/no-such-template/);
    expect(structureName('no-such-structure', 'en')).toBeNull();
  });
});
