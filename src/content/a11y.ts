import { a11yEn } from './a11y.en';
import { a11yZhTW, type A11yText } from './a11y.zh-TW';
import type { Locale } from './locale';

/** Screen-reader words by locale (announcements and control names without visible text). */
export const A11Y_TEXT: Record<Locale, A11yText> = { 'zh-TW': a11yZhTW, en: a11yEn };
export type { A11yText } from './a11y.zh-TW';
