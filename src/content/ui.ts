import { findingsEn } from './findings.en';
import { findingsZhTW, type FindingsText } from './findings.zh-TW';
import type { Locale } from './locale';
import { uiEn } from './ui.en';
import { uiZhTW, type UiText } from './ui.zh-TW';

const UI: Record<Locale, UiText> = { 'zh-TW': uiZhTW, en: uiEn };

export function uiText(locale: Locale): UiText {
  return UI[locale];
}

const FINDINGS: Record<Locale, FindingsText> = { 'zh-TW': findingsZhTW, en: findingsEn };

/** The findings control's words. */
export function findingsText(locale: Locale): FindingsText {
  return FINDINGS[locale];
}
