import type { NoticeKey } from '../content/story';
import { isLocale, type Locale } from '../content/locale';
import { STEP_ID_MAX_LENGTH, STEP_ID_PATTERN } from './stepSchema';
import { findStepIndex } from './steps';

/**
 * Deep links: `?step=<step-id>&lang=<locale>`. Pure functions over the query string; the app wires
 * them to history. Anything a visitor can type is handled: a bad `step` falls back to the first step
 * with a notice the panel can show, never an error.
 */
export const STEP_PARAM = 'step';
export const LOCALE_PARAM = 'lang';

export interface ParsedLocation {
  stepIndex: number;
  locale: Locale | null;
  notice: NoticeKey | null;
}

export function parseLocation(search: string): ParsedLocation {
  // URLSearchParams never throws: broken percent-escapes decode to U+FFFD, which the id pattern rejects.
  const params = new URLSearchParams(search);
  const rawLocale = params.get(LOCALE_PARAM);
  const locale = isLocale(rawLocale) ? rawLocale : null;
  const rawStep = params.get(STEP_PARAM);
  if (rawStep === null) return { stepIndex: 0, locale, notice: null };
  if (rawStep.length > STEP_ID_MAX_LENGTH || !STEP_ID_PATTERN.test(rawStep)) {
    return { stepIndex: 0, locale, notice: 'malformed-step' };
  }
  const stepIndex = findStepIndex(rawStep);
  return stepIndex < 0 ? { stepIndex: 0, locale, notice: 'unknown-step' } : { stepIndex, locale, notice: null };
}

/** The query string for a step and language, keeping any other parameters (e.g. a mode) as they were. */
export function stepUrl(search: string, stepId: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(STEP_PARAM, stepId);
  params.set(LOCALE_PARAM, locale);
  return `?${params.toString()}`;
}
