import type { Locale } from '../content/locale';
import { plainText } from './markup';

/**
 * The pure part of reading a step aloud: cutting its text into sentences (one utterance each, so the sentence being
 * read can be highlighted even where the browser sends no word boundaries) and choosing a voice for the language.
 */

/** A Chinese sentence ends at 。！？ or ；, an English one at . ! ? before a capital, a digit or the end
 * (so `e.g. this` stays one sentence). */
const SENTENCE_END: Record<Locale, RegExp> = {
  'zh-TW': /[^。！？；]+[。！？；]*[」』）]?/g,
  en: /.+?(?:[.!?](?=\s+[A-Z0-9“"(]|\s*$)|$)/g,
};

export function splitSentences(text: string, locale: Locale): string[] {
  return (text.match(SENTENCE_END[locale]) ?? []).map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** The part of a voice the choice looks at (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Taiwan Mandarin only (zh-TW, zh_TW, cmn-Hant-TW); a Cantonese or mainland voice would read the text wrongly. */
const VOICE_LANG: Record<Locale, RegExp> = {
  'zh-TW': /^(zh|cmn)[-_](hant[-_])?tw$/i,
  en: /^en([-_]|$)/i,
};

/** The voice to read `locale` with, or null where the device has none (the button then stays hidden). */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], locale: Locale): V | null {
  const suitable = voices.filter((voice) => VOICE_LANG[locale].test(voice.lang));
  // A voice on the device works offline; the default one is what its owner chose.
  const rank = (voice: V) => (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return [...suitable].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** What a step reads aloud, in order: its title, the sentences of its body, then each key point's sentences. */
export function stepSentences(text: { title: string; body: string; keyPoints?: readonly string[] }, locale: Locale): string[] {
  return [text.title, text.body, ...(text.keyPoints ?? [])].flatMap((part) => splitSentences(plainText(part), locale));
}
