import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsZhTW } from '../../src/content/findings.zh-TW';
import { STORY_TEXT, TABLES_TEXT } from '../../src/content/story';
import { plainText } from '../../src/story/markup';

/**
 * "Own words": the clinic article is a source of facts, not of sentences. No zh-TW sentence of
 * 12 or more characters may appear verbatim in it, and (stricter) no run of 16 characters may either.
 */
// The article sits in the shared folder beside the repository (as on every developer's machine and in CI).
const ARTICLE_PATH = process.env.ARTICLE_PATH ?? resolve(process.cwd(), '../shared/seed/article-zh-TW.txt');
const MIN_SENTENCE = 12;
const MAX_SHARED_RUN = 16;

/** Drops whitespace and unifies punctuation widths so trivial spacing changes cannot hide a copy. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[,]/g, ',');
}

function sentences(text: string): string[] {
  return text
    .split(/[。!?;\n!?;]/)
    .map((s) => normalise(s))
    .filter((s) => s.length > 0);
}

// Titles are left out: several are just the name of a condition (腰薦椎轉變椎體(LSTV)), a term, not prose.
const zhBodies = Object.entries(STORY_TEXT['zh-TW'].steps).map(([id, step]) => ({
  id,
  text: [plainText(step.body), ...('keyPoints' in step ? step.keyPoints : [])].join('\n'),
}));
const zhTables = Object.entries(TABLES_TEXT['zh-TW']).map(([id, table]) => ({
  id,
  text: [table.caption, ...table.columns, ...table.rows.flat()].join('\n'),
}));

/** Every string in a nested text object. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
// The findings control explains the Castellvi types, grades and cascade stages: prose too.
const zhFindings = [{ id: 'findings', text: strings(findingsZhTW).join('\n') }];

const articleFound = existsSync(ARTICLE_PATH);
const article = articleFound ? normalise(readFileSync(ARTICLE_PATH, 'utf8')) : '';

describe.runIf(articleFound)('zh-TW text is written in our own words', () => {
  it('copies no sentence of 12 or more characters from the article', () => {
    const copied = [...zhBodies, ...zhFindings].flatMap(({ id, text }) =>
      sentences(text)
        .filter((s) => s.length >= MIN_SENTENCE && article.includes(s))
        .map((s) => `${id}: ${s}`),
    );
    expect(copied).toEqual([]);
  });

  it('shares no run of 16 characters with the article, in the steps, the tables or the findings control', () => {
    const shared: string[] = [];
    for (const { id, text } of [...zhBodies, ...zhTables, ...zhFindings]) {
      for (const sentence of sentences(text)) {
        for (let start = 0; start + MAX_SHARED_RUN <= sentence.length; start++) {
          const run = sentence.slice(start, start + MAX_SHARED_RUN);
          if (article.includes(run)) {
            shared.push(`${id}: ${run}`);
            break;
          }
        }
      }
    }
    expect(shared).toEqual([]);
  });

  it('the check itself catches a copied sentence', () => {
    const copiedSentence = normalise('後仰更痛是最具鑑別度的特徵');
    expect(article.includes(copiedSentence)).toBe(true);
  });
});
