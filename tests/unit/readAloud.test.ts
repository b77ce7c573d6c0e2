import { describe, expect, it } from 'vitest';
import { STORY_TEXT } from '../../src/content/story';
import { plainText } from '../../src/story/markup';
import { splitSentences, stepSentences, voiceFor } from '../../src/story/readAloud';

const voice = (lang: string, extra: Partial<{ localService: boolean; default: boolean; name: string }> = {}) => ({
  lang,
  localService: false,
  default: false,
  name: lang,
  ...extra,
});

describe('the sentences read aloud', () => {
  it('cut Chinese at full-width stops and English at stops before a capital', () => {
    expect(splitSentences('小關節在哪裡？在脊椎後方。兩側各一個', 'zh-TW')).toEqual(['小關節在哪裡？', '在脊椎後方。', '兩側各一個']);
    expect(splitSentences('It is 3.5 mm wide. Is it? Yes, e.g. this one. 2 more', 'en')).toEqual(['It is 3.5 mm wide.', 'Is it?', 'Yes, e.g. this one.', '2 more']);
  });

  it('cover every word of every step, in order, in both languages', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      for (const [id, step] of Object.entries(STORY_TEXT[locale].steps)) {
        const keyPoints = 'keyPoints' in step && step.keyPoints ? step.keyPoints : [];
        const sentences = stepSentences({ title: step.title, body: step.body, keyPoints }, locale);
        const strip = (text: string) => text.replace(/\s+/g, '');
        expect(strip(sentences.join('')), `${locale} ${id}`).toBe(strip([step.title, step.body, ...keyPoints].map(plainText).join('')));
        expect(sentences.length, `${locale} ${id}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('the voice', () => {
  it('is a Taiwan Mandarin voice for zh-TW, never a mainland or Cantonese one, preferring one on the device', () => {
    const voices = [voice('zh-CN'), voice('zh-HK'), voice('en-US', { default: true }), voice('zh-TW'), voice('zh_TW', { localService: true, name: 'local' })];
    expect(voiceFor(voices, 'zh-TW')?.name).toBe('local');
    expect(voiceFor([voice('zh-CN'), voice('zh-HK'), voice('cmn-Hans-CN')], 'zh-TW')).toBeNull();
    expect(voiceFor([voice('cmn-Hant-TW')], 'zh-TW')?.lang).toBe('cmn-Hant-TW');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-US');
    expect(voiceFor([], 'en')).toBeNull();
  });
});
