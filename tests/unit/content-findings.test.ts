import { describe, expect, it } from 'vitest';
import { CASTELLVI_TYPES, DEGENERATION_GRADES } from '../../src/anatomy/variants/variantChoice';
import { findingsEn } from '../../src/content/findings.en';
import { findingsZhTW } from '../../src/content/findings.zh-TW';
import { CASCADE_PHASES } from '../../src/story/cascadePresets';

/** Every string leaf of a nested text object, with its path. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  return [];
}

const HAN = /\p{Script=Han}/u;

describe('the findings control text', () => {
  it('has every string in both locales, the English its own and free of Chinese', () => {
    const zh = new Map(leaves(findingsZhTW));
    const en = new Map(leaves(findingsEn));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, zhValue] of zh) {
      const enValue = en.get(path)!;
      expect(zhValue.trim(), path).not.toBe('');
      expect(enValue, path).not.toBe(zhValue);
      expect(HAN.test(enValue), path).toBe(false);
    }
  });

  it('explains every Castellvi type, every grade and every cascade phase, and states the 19 mm criterion', () => {
    for (const text of [findingsZhTW, findingsEn]) {
      for (const type of CASTELLVI_TYPES) expect(text.lstv.explain[type].length).toBeGreaterThan(10);
      for (const grade of DEGENERATION_GRADES) expect(text.grades.explain[grade]).toContain(String(grade));
      for (const phase of CASCADE_PHASES) expect(text.cascade.explain[phase].length).toBeGreaterThan(10);
      expect(text.lstv.criterion).toContain('19');
      expect(text.lstv.explain.Ia).toContain('19');
    }
  });
});
