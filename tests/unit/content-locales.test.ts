import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/content/locale';
import { PANEL_TEXT, STORY_TEXT, TABLES_TEXT } from '../../src/content/story';
import { CHAPTER_IDS } from '../../src/story/chapters';
import { plainText } from '../../src/story/markup';
import { STEPS } from '../../src/story/steps';

/** Every string leaf of a nested text object, with its path. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [];
}

const HAN = /\p{Script=Han}/u;

describe('story text in both locales', () => {
  it('has a title and body for every step and a title for every chapter', () => {
    for (const locale of LOCALES) {
      const text = STORY_TEXT[locale];
      for (const chapter of CHAPTER_IDS) expect(text.chapters[chapter].trim(), `${locale} ${chapter}`).not.toBe('');
      for (const step of STEPS) {
        const entry = text.steps[step.id as keyof typeof text.steps];
        expect(entry, `${locale} ${step.id}`).toBeDefined();
        expect(entry.title.trim()).not.toBe('');
        expect(plainText(entry.body).trim()).not.toBe('');
      }
    }
  });

  it('has no text for steps that do not exist', () => {
    const ids = new Set(STEPS.map((step) => step.id));
    for (const locale of LOCALES) for (const id of Object.keys(STORY_TEXT[locale].steps)) expect(ids.has(id), id).toBe(true);
  });

  it('gives every leaf string in both locales, non-empty, and the English differs from the Chinese', () => {
    for (const [source, other] of [
      [STORY_TEXT['zh-TW'], STORY_TEXT.en],
      [TABLES_TEXT['zh-TW'], TABLES_TEXT.en],
      [PANEL_TEXT['zh-TW'], PANEL_TEXT.en],
    ] as const) {
      const zh = new Map(leaves(source));
      const en = new Map(leaves(other));
      expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
      for (const [path, zhValue] of zh) {
        const enValue = en.get(path)!;
        expect(zhValue.trim(), path).not.toBe('');
        expect(enValue.trim(), path).not.toBe('');
        expect(enValue, path).not.toBe(zhValue);
        expect(HAN.test(enValue), `Chinese characters left in English text at ${path}`).toBe(false);
      }
    }
  });

  it('writes zh-TW in Traditional Chinese, using the article\'s terms', () => {
    const all = leaves(STORY_TEXT['zh-TW']).map(([, v]) => v).join('');
    for (const term of ['腰椎小關節', '腰薦椎轉變椎體', '多裂肌', '骨刺', '內側支', '增生療法', '髂腰韌帶', '三關節複合體', '半月板樣皺襞', '射頻', '高頻熱凝', '診斷性阻斷', '腰椎小關節退化症候群']) {
      expect(all, term).toContain(term);
    }
    // Simplified forms that must not slip in.
    for (const simplified of ['关节', '椎间盘', '韧带', '疗法', '诊断']) expect(all).not.toContain(simplified);
  });

  it('keeps bodies short enough for a worried reader: at most about five sentences', () => {
    for (const step of STEPS) {
      const zh = plainText(STORY_TEXT['zh-TW'].steps[step.id as keyof typeof STORY_TEXT['zh-TW']['steps']].body);
      const sentences = zh.split(/[。!?]/).filter((s) => s.trim() !== '');
      expect(sentences.length, step.id).toBeLessThanOrEqual(5);
    }
  });
});

describe('comparison tables', () => {
  it('are real grids: every row has one cell per column, in both locales', () => {
    for (const locale of LOCALES) {
      for (const [id, table] of Object.entries(TABLES_TEXT[locale])) {
        expect(table.rows.length, id).toBeGreaterThanOrEqual(5);
        for (const row of table.rows) expect(row.length, `${locale} ${id}`).toBe(table.columns.length);
      }
    }
  });

  it('compare facet, disc, SI joint and myofascial pain, and five injections including radiofrequency ablation', () => {
    expect(TABLES_TEXT.en['differential-table'].columns.slice(1)).toEqual([
      'Facet joint wear',
      'Disc herniation',
      'Sacroiliac joint pain',
      'Myofascial pain',
    ]);
    expect(TABLES_TEXT.en['decision-matrix'].columns.slice(1)).toEqual([
      'Steroid injection',
      'Radiofrequency ablation',
      'Prolotherapy (glucose)',
      'PRP (platelet-rich plasma)',
      'Amniotic / umbilical cord matrix (AMUC)',
    ]);
    expect(TABLES_TEXT['zh-TW']['decision-matrix'].columns[2]).toContain('高頻熱凝');
  });
});

describe('safety content', () => {
  it('lists the red flags the brief requires in both locales', () => {
    const en = Object.values(PANEL_TEXT.en.redFlags.items).join(' ').toLowerCase();
    for (const sign of ['bladder', 'bowel', 'numbness between the legs', 'weaker', 'night', 'fever', 'weight loss', 'cancer', 'fall']) {
      expect(en, sign).toContain(sign);
    }
    const zh = Object.values(PANEL_TEXT['zh-TW'].redFlags.items).join('');
    for (const sign of ['大小便', '排便', '胯下', '沒力', '半夜', '發燒', '體重', '癌症', '外傷']) {
      expect(zh.includes(sign) || PANEL_TEXT['zh-TW'].redFlags.action.includes(sign), sign).toBe(true);
    }
  });
});
