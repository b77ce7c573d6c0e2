import { z } from './zod';
import { SEGMENTS, type Segment } from '../anatomy/levels';
import { CASTELLVI_TYPES, DEGENERATION_GRADES, type CastellviType, type SegmentGrade } from '../anatomy/variants/variantChoice';
import { CASCADE_PHASES, CASCADE_PRESETS } from './cascadePresets';
import { compactGrade, type Findings } from './findings';

/**
 * The reader's findings in the address, so they can be shared and survive a reload:
 * `lstv=IIa-left` (type and side; a both-sided type names only a right side), `facets=L4-L5:2,L5-S1:3l1r` (a grade for
 * both joints, or per side with l / r; `none` for healthy joints), `cascade=instability` (a cascade phase).
 * Pure; anything a visitor can type is handled: a malformed part is left out (the rest still applies)
 * and reported, never thrown, and no part of the address is ever shown back.
 */
export const LSTV_PARAM = 'lstv';
export const FACETS_PARAM = 'facets';
export const CASCADE_PARAM = 'cascade';
const FINDINGS_PARAMS = [LSTV_PARAM, FACETS_PARAM, CASCADE_PARAM] as const;

/** Longer than any well-formed value (five segments with per-side grades is 50 characters). */
const MAX_PARAM_LENGTH = 80;
const NO_FACETS = 'none';
const BOTH_SIDED: ReadonlySet<CastellviType> = new Set(['Ib', 'IIb', 'IIIb']);
/** The side a link without one is read as. */
const DEFAULT_SIDE = 'left';

const lstvSchema = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(MAX_PARAM_LENGTH), z.regex(/^([A-Za-z]+)(?:-(left|right))?$/)),
    z.transform((value: string) => {
      const [type, side] = value.split('-');
      return { lstv: type, lstvSide: side ?? DEFAULT_SIDE };
    }),
  ),
  z.object({ lstv: z.enum(CASTELLVI_TYPES), lstvSide: z.enum(['left', 'right']) }),
);

const gradeSchema = z.union(DEGENERATION_GRADES.map((g) => z.literal(g)));
/** `L4-L5:2` (both joints), `L4-L5:3l1r` (per side), `L4-L5:2l` (the other side healthy). */
const FACET_ENTRY = /^([A-Z0-9-]{5}):(?:(\d)|(?:(\d)l)?(?:(\d)r)?)$/;
const facetEntrySchema = z.object({ segment: z.enum(SEGMENTS), both: z.optional(gradeSchema), left: gradeSchema, right: gradeSchema });

function parseFacetEntry(entry: string) {
  const [, segment, both, left, right] = FACET_ENTRY.exec(entry) ?? [];
  if (segment === undefined || (both ?? left ?? right) === undefined) return null;
  const grades = { both: both === undefined ? undefined : Number(both), left: Number(left ?? 0), right: Number(right ?? 0) };
  const parsed = facetEntrySchema.safeParse({ segment, ...grades });
  return parsed.success ? parsed.data : null;
}

const cascadeSchema = z.enum(CASCADE_PHASES);

export interface ParsedFindings {
  /** Null when the address names no findings (or none of what it names could be read). */
  findings: Findings | null;
  malformed: boolean;
}

function parseFacets(raw: string): { degeneration: Partial<Record<Segment, SegmentGrade>>; malformed: boolean } {
  const degeneration: Partial<Record<Segment, SegmentGrade>> = {};
  if (raw === NO_FACETS) return { degeneration, malformed: false };
  if (raw.length > MAX_PARAM_LENGTH) return { degeneration, malformed: true };
  const seen = new Set<Segment>();
  let malformed = false;
  for (const entry of raw.split(',')) {
    const parsed = parseFacetEntry(entry);
    if (!parsed || seen.has(parsed.segment)) {
      malformed = true;
      continue;
    }
    const { segment, both, left, right } = parsed;
    seen.add(segment);
    const grade = both === undefined ? compactGrade(left, right) : compactGrade(both, both);
    if (grade !== undefined) degeneration[segment] = grade;
  }
  return { degeneration, malformed };
}

export function parseFindings(search: string): ParsedFindings {
  const params = new URLSearchParams(search);
  const rawLstv = params.get(LSTV_PARAM);
  const rawFacets = params.get(FACETS_PARAM);
  const rawCascade = params.get(CASCADE_PARAM);
  if (rawLstv === null && rawFacets === null && rawCascade === null) return { findings: null, malformed: false };

  const lstv = rawLstv === null ? null : lstvSchema.safeParse(rawLstv);
  const cascade = rawCascade === null ? null : cascadeSchema.safeParse(rawCascade);
  const facets = rawFacets === null ? null : parseFacets(rawFacets);
  const malformed = lstv?.success === false || cascade?.success === false || facets?.malformed === true;
  const anyRead =
    lstv?.success === true || cascade?.success === true || (facets !== null && (!facets.malformed || Object.keys(facets.degeneration).length > 0));
  if (!anyRead) return { findings: null, malformed };

  const phase = cascade?.success ? cascade.data : null;
  return {
    findings: {
      lstv: lstv?.success ? lstv.data.lstv : 'none',
      lstvSide: lstv?.success ? lstv.data.lstvSide : DEFAULT_SIDE,
      degeneration: facets ? facets.degeneration : phase ? { ...CASCADE_PRESETS[phase].degeneration } : {},
      cascade: phase,
    },
    malformed,
  };
}

function gradeText(grade: SegmentGrade): string {
  if (typeof grade === 'number') return String(grade);
  return `${grade.left ?? 0}l${grade.right ?? 0}r`;
}

/**
 * The side is written wherever it could be lost: always for a one-sided type, and for a type where the side does
 * not change the anatomy (none, both-sided) when it is not the default, so a link reopens exactly what was shown.
 */
function lstvText({ lstv, lstvSide }: Pick<Findings, 'lstv' | 'lstvSide'>): string {
  const sideless = lstv === 'none' || BOTH_SIDED.has(lstv);
  return sideless && lstvSide === DEFAULT_SIDE ? lstv : `${lstv}-${lstvSide}`;
}

/** The query string with these findings (or, for null, without any), other parameters kept as they were. */
export function findingsSearch(search: string, findings: Findings | null): string {
  const params = new URLSearchParams(search);
  for (const name of FINDINGS_PARAMS) params.delete(name);
  if (findings) {
    params.set(LSTV_PARAM, lstvText(findings));
    const entries = SEGMENTS.flatMap((segment) => {
      const grade = findings.degeneration[segment];
      return grade === undefined ? [] : [`${segment}:${gradeText(grade)}`];
    });
    params.set(FACETS_PARAM, entries.length ? entries.join(',') : NO_FACETS);
    if (findings.cascade) params.set(CASCADE_PARAM, findings.cascade);
  }
  // ':' and ',' may stand unescaped in a query; left readable, the shared link shows what it carries.
  return `?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}
