import { describe, expect, it } from 'vitest';
import { linkedStructureIds, parseMarkup, plainText } from '../../src/story/markup';

describe('structure-link markup', () => {
  it('splits text into plain text and tappable structure names', () => {
    expect(parseMarkup('按壓[[facet-L4-L5-left|左側小關節]]會痛。')).toEqual([
      { kind: 'text', text: '按壓' },
      { kind: 'structure', id: 'facet-L4-L5-left', label: '左側小關節' },
      { kind: 'text', text: '會痛。' },
    ]);
  });

  it('handles links at the edges and next to each other', () => {
    expect(parseMarkup('[[L4|L4]][[L5|L5]]')).toEqual([
      { kind: 'structure', id: 'L4', label: 'L4' },
      { kind: 'structure', id: 'L5', label: 'L5' },
    ]);
    expect(parseMarkup('')).toEqual([]);
  });

  it('keeps malformed markers as visible text instead of dropping words', () => {
    for (const broken of ['a [[L4|b', 'a [[|b]] c', 'a [[L4]] c', 'a [[bad id!|b]] c', 'a [L4|b] c']) {
      expect(plainText(broken)).toBe(broken);
      expect(linkedStructureIds(broken)).toEqual([]);
    }
  });

  it('reads the plain text and the linked ids', () => {
    const source = 'The [[disc-L4-L5|disc]] and the [[facet-L4-L5-right|right facet]].';
    expect(plainText(source)).toBe('The disc and the right facet.');
    expect(linkedStructureIds(source)).toEqual(['disc-L4-L5', 'facet-L4-L5-right']);
  });
});
