import { isLocale } from '../../content/locale';
import { findingsSearch, parseFindings } from '../findingsUrl';
import {
  EMPTY_COMPOSITION,
  LIMITS,
  markSchema,
  savedViewSchema,
  stepIdSchema,
  STROKE_COLOURS,
  strokeSchema,
  type Composition,
  type SavedView,
  type Stroke,
} from './composition';

/**
 * The composition in a compact JSON form for the link: short keys, the findings in their deep-link form, camera
 * poses as six whole millimetres, strokes as a colour index and delta-coded points. `fromWire` reads anything at all
 * (it comes from a link): what is valid is kept, the rest is left out and reported as damage, never thrown.
 */
export const WIRE_VERSION = 1;

type WireStroke = number[];
/** The step as its place in `s` (a view belongs to a step of the playlist), the camera, the strokes. */
type WireView = [number, number[], WireStroke[]];
export interface Wire {
  v: number;
  l: string;
  s: string[];
  f?: string;
  m: string[];
  w: WireView[];
}

function strokeToWire(stroke: Stroke): WireStroke {
  const out = [STROKE_COLOURS.indexOf(stroke.colour)];
  let previous: readonly [number, number] = [0, 0];
  for (const point of stroke.points) {
    out.push(point[0] - previous[0], point[1] - previous[1]);
    previous = point;
  }
  return out;
}

export function toWire(composition: Composition): Wire {
  const wire: Wire = {
    v: WIRE_VERSION,
    l: composition.locale,
    s: composition.steps,
    m: composition.marks,
    w: composition.views.map((view) => [composition.steps.indexOf(view.step), [...view.camera.position, ...view.camera.target], view.strokes.map(strokeToWire)]),
  };
  if (composition.findings) wire.f = findingsSearch('', composition.findings).slice(1);
  return wire;
}

/** What could be read, and whether anything had to be left out. */
export interface Salvaged<T> {
  value: T;
  damaged: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The valid, distinct items of a list (at most `max`); damaged when anything was dropped. */
function salvageList<T>(raw: unknown, max: number, read: (item: unknown) => T | null, key: (item: T) => unknown = (item) => item): Salvaged<T[]> {
  if (raw === undefined) return { value: [], damaged: false };
  if (!Array.isArray(raw)) return { value: [], damaged: true };
  const value: T[] = [];
  const seen = new Set<unknown>();
  for (const item of raw.slice(0, max)) {
    const readItem = read(item);
    if (readItem === null || seen.has(key(readItem))) continue;
    seen.add(key(readItem));
    value.push(readItem);
  }
  return { value, damaged: value.length !== raw.length };
}

function strokeFromWire(raw: unknown): Stroke | null {
  if (!Array.isArray(raw) || raw.length < 3 || raw.length % 2 === 0 || raw.length > 1 + 2 * LIMITS.pointsPerStroke) return null;
  if (!raw.every((n) => Number.isInteger(n))) return null;
  const numbers = raw as number[];
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 1; i + 1 < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
    points.push([x, y]);
  }
  const parsed = strokeSchema.safeParse({ colour: STROKE_COLOURS[numbers[0]!], points });
  return parsed.success ? parsed.data : null;
}

function viewFromWire(raw: unknown, rawSteps: unknown, steps: readonly string[]): Salvaged<SavedView> | null {
  if (!Array.isArray(raw) || raw.length !== 3 || !Array.isArray(rawSteps)) return null;
  const [stepIndex, camera, strokes] = raw as unknown[];
  const step: unknown = Number.isInteger(stepIndex) ? rawSteps[stepIndex as number] : undefined;
  if (typeof step !== 'string' || !steps.includes(step)) return null;
  if (!Array.isArray(camera) || camera.length !== 6) return null;
  const salvagedStrokes = salvageList(strokes, LIMITS.strokesPerView, strokeFromWire);
  const parsed = savedViewSchema.safeParse({
    step,
    camera: { position: camera.slice(0, 3), target: camera.slice(3) },
    strokes: salvagedStrokes.value,
  });
  return parsed.success ? { value: parsed.data, damaged: salvagedStrokes.damaged } : null;
}

const readWith = <T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) => (raw: unknown) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

export function fromWire(raw: unknown): Salvaged<Composition> {
  if (!isRecord(raw) || raw.v !== WIRE_VERSION) return { value: EMPTY_COMPOSITION, damaged: true };
  const locale = isLocale(raw.l as string) ? (raw.l as Composition['locale']) : EMPTY_COMPOSITION.locale;
  const steps = salvageList(raw.s, LIMITS.steps, readWith(stepIdSchema));
  const marks = salvageList(raw.m, LIMITS.marks, readWith(markSchema));
  let viewsDamaged = false;
  const views = salvageList(
    raw.w,
    LIMITS.views,
    (item) => {
      const view = viewFromWire(item, raw.s, steps.value);
      viewsDamaged ||= view?.damaged ?? false;
      return view?.value ?? null;
    },
    (view) => view,
  );
  const findingsText = typeof raw.f === 'string' && raw.f.length <= 200 ? raw.f : null;
  const findings = findingsText === null ? null : parseFindings(`?${findingsText}`);
  const findingsDamaged = (raw.f !== undefined && findingsText === null) || findings?.malformed === true;
  return {
    value: { steps: steps.value, findings: findings?.findings ?? null, marks: marks.value, views: views.value, locale },
    damaged: raw.l !== locale || steps.damaged || marks.damaged || views.damaged || viewsDamaged || findingsDamaged,
  };
}
