import { kioskEn } from './kiosk.en';
import { kioskZhTW, type KioskText } from './kiosk.zh-TW';
import type { Locale } from './locale';

/** The clinic tablet's words by locale (kept apart from ui.*, so the shared modules stay as they are). */
export const KIOSK_TEXT: Record<Locale, KioskText> = { 'zh-TW': kioskZhTW, en: kioskEn };
export type { KioskText } from './kiosk.zh-TW';
