import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableStrings } from './readableStrings';

/**
 * "Own words": the clinic article is a source of facts, not of sentences. No zh-TW string a reader can see
 * (steps, titles, tables, overlays, legends, interface, findings, references, structure names) may contain a
 * sentence of 12 or more characters that appears verbatim in the article, nor any run of 16 characters.
 * The article's own names for conditions and treatments are terms, not prose, and are set aside first.
 */
// The article sits in the shared folder beside the repository (as on every developer's machine and in CI).
const ARTICLE_PATH = process.env.ARTICLE_PATH ?? resolve(process.cwd(), '../shared/seed/article-zh-TW.txt');
const MIN_SENTENCE = 12;
const MAX_SHARED_RUN = 16;
/** CI sets CI=true (.ci/run): there a missing article is an error, never a silent skip. */
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** Drops whitespace and unifies punctuation widths so trivial spacing changes cannot hide a copy. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The article's terms the explainer is asked to use (issue 14): names, not sentences. */
const TERMS = ['腰椎小關節退化症候群', '腰薦椎轉變椎體(LSTV)', '羊膜/臍帶基質(AMUC)', 'Bertolotti症候群'].map(normalise);

function sentences(text: string): string[] {
  let plain = normalise(text);
  for (const term of TERMS) plain = plain.split(term).join('|');
  return plain
    .split(/[。!?;\n|]/)
    .filter((s) => s.length > 0);
}

const zhStrings = readableStrings('zh-TW');
const articleFound = existsSync(ARTICLE_PATH);
const article = articleFound ? normalise(readFileSync(ARTICLE_PATH, 'utf8')) : '';

describe('zh-TW text is written in our own words', () => {
  if (!articleFound) {
    if (IN_CI) {
      it('finds the clinic article to compare with', () => {
        throw new Error(`The clinic article is missing at ${ARTICLE_PATH}: the own-words check cannot run in CI without it.`);
      });
    } else {
      it.skip(`needs the clinic article at ${ARTICLE_PATH} (absent on this machine)`, () => undefined);
    }
    return;
  }

  it('checks every kind of readable string, structure names included', () => {
    const kinds = new Set(zhStrings.map((s) => s.source.split(' ')[0]));
    expect([...kinds].sort()).toEqual(['a11y', 'doctor', 'findings', 'kiosk', 'overlays', 'panel', 'pressureFilm', 'reference', 'story', 'structure', 'tables', 'ui']);
  });

  it('copies no sentence of 12 or more characters from the article', () => {
    const copied = zhStrings.flatMap(({ source, text }) =>
      sentences(text)
        .filter((s) => s.length >= MIN_SENTENCE && article.includes(s))
        .map((s) => `${source}: ${s}`),
    );
    expect(copied).toEqual([]);
  });

  it('shares no run of 16 characters with the article anywhere a reader looks', () => {
    const shared: string[] = [];
    for (const { source, text } of zhStrings) {
      for (const sentence of sentences(text)) {
        for (let start = 0; start + MAX_SHARED_RUN <= sentence.length; start++) {
          const run = sentence.slice(start, start + MAX_SHARED_RUN);
          if (article.includes(run)) {
            shared.push(`${source}: ${run}`);
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
    expect(sentences('前言。後仰更痛是最具鑑別度的特徵。').some((s) => s.length >= MIN_SENTENCE && article.includes(s))).toBe(true);
  });
});
