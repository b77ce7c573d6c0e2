import { ANATOMY_SHOWN, type AnatomyShown } from './sceneState';

/**
 * The before-and-after choice in the address, so a shared link opens on the normal anatomy when that was shown:
 * `compare=normal` or `compare=changed`. Absent, the step shows what it shows by itself. Pure; anything a visitor can
 * type is handled: an unreadable value is left out (the step's own choice applies) and reported, never thrown.
 */
export const COMPARE_PARAM = 'compare';

export interface ParsedCompare {
  /** Null when the address makes no readable choice. */
  shown: AnatomyShown | null;
  malformed: boolean;
}

const isShown = (value: string): value is AnatomyShown => (ANATOMY_SHOWN as readonly string[]).includes(value);

export function parseCompare(search: string): ParsedCompare {
  const raw = new URLSearchParams(search).get(COMPARE_PARAM);
  if (raw === null) return { shown: null, malformed: false };
  return isShown(raw) ? { shown: raw, malformed: false } : { shown: null, malformed: true };
}

/** The query string with the choice written (or taken out for null), keeping every other parameter as it was. */
export function compareSearch(search: string, shown: AnatomyShown | null): string {
  const params = new URLSearchParams(search);
  if (shown === null) params.delete(COMPARE_PARAM);
  else params.set(COMPARE_PARAM, shown);
  const query = params.toString();
  return query ? `?${query}` : '';
}
