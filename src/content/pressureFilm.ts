import type { Locale } from './locale';
import { pressureFilmEn } from './pressureFilm.en';
import { pressureFilmZhTW, type PressureFilmText } from './pressureFilm.zh-TW';

/** The opened-joint picture's words by locale. */
export const PRESSURE_FILM_TEXT: Record<Locale, PressureFilmText> = { 'zh-TW': pressureFilmZhTW, en: pressureFilmEn };
export type { PressureFilmText } from './pressureFilm.zh-TW';
