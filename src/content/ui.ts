import type { Locale } from './locale';
import { uiEn } from './ui.en';
import { uiZhTW, type UiText } from './ui.zh-TW';

const UI: Record<Locale, UiText> = { 'zh-TW': uiZhTW, en: uiEn };

export function uiText(locale: Locale): UiText {
  return UI[locale];
}
