export const LOCALES = ['zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-TW';

export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'zh-TW' || value === 'en';
}
