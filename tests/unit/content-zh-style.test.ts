import { describe, expect, it } from 'vitest';
import { patientSentencesSources, readableStrings } from './readableStrings';

const HAN = /\p{Script=Han}/u;
/** Half-width , ; : ( ) are allowed in Chinese text only between two digits (a ratio, a time). */
const HALF_WIDTH = /[,;:()]/g;

function halfWidthInChinese(text: string): string[] {
  if (!HAN.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(HALF_WIDTH)) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + 1] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) continue;
    found.push(text.slice(Math.max(0, match.index - 6), match.index + 7));
  }
  return found;
}

/** Characters a reader reads, spaces left out; a Latin word counts letter by letter (stricter, never looser). */
const readLength = (sentence: string) => [...sentence.replace(/\s/g, '')].length;
const MAX_SENTENCE = 40;

describe('zh-TW typography and sentence length', () => {
  it('uses full-width ，：；（） inside Chinese text, in every readable string', () => {
    const offenders = readableStrings('zh-TW').flatMap(({ source, text }) => halfWidthInChinese(text).map((bit) => `${source}: ${bit}`));
    expect(offenders).toEqual([]);
  });

  it('the punctuation check catches half-width marks and lets ratios through', () => {
    expect(halfWidthInChinese('第一腰椎 (L1)')).toHaveLength(2);
    expect(halfWidthInChinese('小關節,椎間盤')).toHaveLength(1);
    expect(halfWidthInChinese('比例 1:1 分組')).toEqual([]);
    expect(halfWidthInChinese('L4-L5:2')).toEqual([]);
  });

  it('keeps every sentence of the step text within 40 characters', () => {
    const long = patientSentencesSources('zh-TW').flatMap(({ source, text }) =>
      text
        .split(/[。！？]/)
        .filter((sentence) => readLength(sentence) > MAX_SENTENCE)
        .map((sentence) => `${source} (${readLength(sentence)}): ${sentence}`),
    );
    expect(long).toEqual([]);
  });
});
