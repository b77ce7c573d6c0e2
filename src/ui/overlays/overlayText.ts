import type { Locale } from '../../content/locale';
import { overlaysEn } from '../../content/overlays.en';
import { overlaysZhTW, type OverlaysText } from '../../content/overlays.zh-TW';

const OVERLAYS_TEXT: Record<Locale, OverlaysText> = { 'zh-TW': overlaysZhTW, en: overlaysEn };

/** The overlay legends' text in a locale. */
export function overlaysText(locale: Locale): OverlaysText {
  return OVERLAYS_TEXT[locale];
}
