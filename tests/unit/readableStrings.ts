import { STRUCTURES } from '../../src/anatomy/structures';
import { VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';
import { A11Y_TEXT } from '../../src/content/a11y';
import { KIOSK_TEXT } from '../../src/content/kiosk';
import type { Locale } from '../../src/content/locale';
import { doctorText } from '../../src/content/doctor';
import { overlaysEn } from '../../src/content/overlays.en';
import { overlaysZhTW } from '../../src/content/overlays.zh-TW';
import { PRESSURE_FILM_TEXT } from '../../src/content/pressureFilm';
import { REFERENCES } from '../../src/content/references';
import { PANEL_TEXT, STORY_TEXT, TABLES_TEXT } from '../../src/content/story';
import { findingsText, uiText } from '../../src/content/ui';
import { plainText } from '../../src/story/markup';
import { nameFromRecipe } from '../../src/story/structureNames';

/**
 * Every string a reader can see, by locale, labelled with where it comes from. The one place the content
 * tests (own words, punctuation, sentence length) collect text from: when a module moves, re-point it here.
 */
export interface ReadableString {
  source: string;
  text: string;
}

/** Structure names, as the app shows them (words in content/structureNames.*, joined by story/structureNames.ts). */
export function structureNames(locale: Locale): ReadableString[] {
  return [...STRUCTURES, ...VARIANT_STRUCTURES].map((s) => ({ source: `structure ${s.id}`, text: nameFromRecipe(s.name, locale) }));
}

/** Every string leaf of a nested text object, with its path. */
function leaves(source: string, value: unknown, path = ''): ReadableString[] {
  if (typeof value === 'string') return [{ source: `${source} ${path}`, text: plainText(value) }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(source, child, path ? `${path}.${key}` : key));
  }
  return [];
}

const OVERLAYS = { 'zh-TW': overlaysZhTW, en: overlaysEn } as const;

export function readableStrings(locale: Locale): ReadableString[] {
  return [
    ...leaves('story', STORY_TEXT[locale]),
    ...leaves('tables', TABLES_TEXT[locale]),
    ...leaves('panel', PANEL_TEXT[locale]),
    ...leaves('overlays', OVERLAYS[locale]),
    ...leaves('ui', uiText(locale)),
    ...leaves('findings', findingsText(locale)),
    ...leaves('kiosk', KIOSK_TEXT[locale]),
    ...leaves('a11y', A11Y_TEXT[locale]),
    ...leaves('doctor', doctorText(locale)),
    ...leaves('pressureFilm', PRESSURE_FILM_TEXT[locale]),
    ...Object.entries(REFERENCES).map(([id, ref]) => ({ source: `reference ${id} design`, text: ref.design[locale] })),
    ...structureNames(locale),
  ];
}

/** The prose a patient reads in the story panel: step bodies and key points (titles are names, not sentences). */
export function patientSentencesSources(locale: Locale): ReadableString[] {
  return Object.entries(STORY_TEXT[locale].steps).flatMap(([id, step]) => [
    { source: `${id} body`, text: plainText(step.body) },
    ...('keyPoints' in step && step.keyPoints ? step.keyPoints.map((point, i) => ({ source: `${id} key point ${i + 1}`, text: plainText(point) })) : []),
  ]);
}
