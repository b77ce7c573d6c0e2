import { embedEn } from './embed.en';
import { embedZhTW, type EmbedText } from './embed.zh-TW';
import type { Locale } from './locale';

/** The embedded widget's words by locale (kept apart from ui.*, so the widget's first small script stays small). */
export const EMBED_TEXT: Record<Locale, EmbedText> = { 'zh-TW': embedZhTW, en: embedEn };
export type { EmbedText } from './embed.zh-TW';
