import { ANATOMY_REFERENCES } from './anatomyStudies';
import { TREATMENT_REFERENCES } from './treatmentStudies';
import type { Reference } from './types';

export type { CitationCheck, Reference } from './types';

export const REFERENCES = { ...ANATOMY_REFERENCES, ...TREATMENT_REFERENCES } as const satisfies Record<string, Reference>;
export type ReferenceId = keyof typeof REFERENCES;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];

/** One-line citation: authors, year, title, journal, volume, pages, doi. */
export function formatCitation(ref: Reference): string {
  const where = [ref.volume, ref.pages].filter(Boolean).join(':');
  const parts = [ref.authors, `(${ref.year}).`, ref.title ? `${ref.title}.` : '', `${ref.journal}${where ? ` ${where}` : ''}.`];
  if (ref.doi) parts.push(`doi:${ref.doi}`);
  return parts.filter(Boolean).join(' ');
}
