import type { Locale } from '../locale';

/**
 * How far a citation's details were checked. 'seen': authors, journal and numbers were read in a
 * source (reference sheet tag S). 'recalled': volume / pages come from memory and need checking
 * before publication (tag M). 'not-found': the paper could not be located at all.
 */
export type CitationCheck = 'seen' | 'recalled' | 'not-found';

export interface Reference {
  /** Short label used next to a claim, e.g. "Wu 2016". */
  short: string;
  authors: string;
  year: number;
  title?: string;
  journal: string;
  volume?: string;
  pages?: string;
  doi?: string;
  /** Study design, size (n) and follow-up in plain words, in both locales. */
  design: Record<Locale, string>;
  check: CitationCheck;
}
