import { ANATOMY_REFERENCES } from './anatomyStudies';
import { DIAGNOSIS_REFERENCES } from './diagnosisStudies';
import { TREATMENT_REFERENCES } from './treatmentStudies';
import type { CitationField, Reference } from './types';

export type { CitationField, Reference, Verification, VerificationStatus } from './types';

export const REFERENCES = { ...ANATOMY_REFERENCES, ...DIAGNOSIS_REFERENCES, ...TREATMENT_REFERENCES } as const satisfies Record<
  string,
  Reference
>;
export type ReferenceId = keyof typeof REFERENCES;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];

/** Whether a detail of the citation was confirmed; unconfirmed details are left out of what patients see. */
export function isConfirmed(ref: Reference, field: CitationField): boolean {
  return ref.verification.status !== 'not-found' && !(ref.verification.unconfirmed ?? []).includes(field);
}

/** One-line citation of the confirmed details: authors, year, title, journal, volume, pages, doi. */
export function formatCitation(ref: Reference): string {
  const shown = (field: CitationField, value: string | undefined) => (value && isConfirmed(ref, field) ? value : undefined);
  const where = [shown('volume', ref.volume), shown('pages', ref.pages)].filter(Boolean).join(':');
  const journal = shown('journal', ref.journal);
  const parts = [
    shown('authors', ref.authors),
    `(${ref.year}).`,
    ref.title ? `${ref.title}.` : '',
    journal ? `${journal}${where ? ` ${where}` : ''}.` : '',
  ];
  if (ref.doi) parts.push(`doi:${ref.doi}`);
  return parts.filter(Boolean).join(' ');
}
