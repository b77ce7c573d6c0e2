import type { NoticeKey } from '../content/story';
import { isLocale, type Locale } from '../content/locale';
import { parseCompare } from './compareUrl';
import type { Findings } from './findings';
import { parseFindings } from './findingsUrl';
import { STEP_ID_MAX_LENGTH, STEP_ID_PATTERN } from './stepSchema';
import type { AnatomyShown } from './sceneState';
import { findStepIndex } from './steps';

/**
 * Deep links: `?step=<step-id>&lang=<locale>`, the reader's findings (findingsUrl.ts) and the before-and-after
 * choice (compareUrl.ts). Pure functions
 * over the query string; the app wires them to history. Anything a visitor can type is handled: a bad
 * `step` falls back to the first step, a malformed finding is left out, each with a notice the panel can
 * show, never an error.
 */
const STEP_PARAM = 'step';
export const LOCALE_PARAM = 'lang';

export interface ParsedLocation {
  stepIndex: number;
  locale: Locale | null;
  notice: NoticeKey | null;
  findings: Findings | null;
  findingsNotice: NoticeKey | null;
  /** The normal or the changed anatomy, where the link chose one. */
  anatomy: AnatomyShown | null;
  compareNotice: NoticeKey | null;
}

function parseStep(rawStep: string | null): Pick<ParsedLocation, 'stepIndex' | 'notice'> {
  if (rawStep === null) return { stepIndex: 0, notice: null };
  if (rawStep.length > STEP_ID_MAX_LENGTH || !STEP_ID_PATTERN.test(rawStep)) return { stepIndex: 0, notice: 'malformed-step' };
  const stepIndex = findStepIndex(rawStep);
  return stepIndex < 0 ? { stepIndex: 0, notice: 'unknown-step' } : { stepIndex, notice: null };
}

export function parseLocation(search: string): ParsedLocation {
  // URLSearchParams never throws: broken percent-escapes decode to U+FFFD, which the patterns reject.
  const params = new URLSearchParams(search);
  const rawLocale = params.get(LOCALE_PARAM);
  const locale = isLocale(rawLocale) ? rawLocale : null;
  const { findings, malformed } = parseFindings(search);
  const compare = parseCompare(search);
  return {
    ...parseStep(params.get(STEP_PARAM)),
    locale,
    findings,
    findingsNotice: malformed ? 'malformed-findings' : null,
    anatomy: compare.shown,
    compareNotice: compare.malformed ? 'malformed-compare' : null,
  };
}

/** The query string for a step and language, keeping any other parameters (e.g. a mode) as they were. */
export function stepUrl(search: string, stepId: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set(STEP_PARAM, stepId);
  params.set(LOCALE_PARAM, locale);
  return `?${params.toString()}`;
}
