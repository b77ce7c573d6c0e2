import type { Locale } from '../locale';

/**
 * How far a reference was checked against a public abstract page found with the search tool (December 2026).
 * 'verified': authors, year, journal, design and size were read there. 'partly-verified': some details could
 * not be confirmed; they are listed in `unconfirmed`, kept in the data and never shown to patients.
 * 'not-found': the paper itself could not be found, so nothing of it is stated to patients.
 */
export type VerificationStatus = 'verified' | 'partly-verified' | 'not-found';

/** A detail of a citation that can be left unconfirmed. 'result' means the study's findings were not seen. */
export type CitationField = 'authors' | 'journal' | 'volume' | 'pages' | 'result';

export interface Verification {
  status: VerificationStatus;
  /** The page the details were read on. */
  seenAt?: string;
  unconfirmed?: readonly CitationField[];
}

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
  /** Study design, size (n) and follow-up in plain words, in both locales: only what was verified. */
  design: Record<Locale, string>;
  verification: Verification;
}
