/**
 * `next`, with every part that is deeply equal to the same part of `previous` replaced by that part of `previous`
 * (structural sharing): an unchanged array or object keeps its identity, so memos and effects that depend on it
 * do not run again, and a wholly equal value returns `previous` itself.
 */
export function shareEqual<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const shared = next.map((item, i) => shareEqual(previous[i], item));
    const same = shared.length === previous.length && shared.every((item, i) => Object.is(item, previous[i]));
    return (same ? previous : shared) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    const shared: Record<string, unknown> = {};
    for (const key of keys) shared[key] = shareEqual(previous[key], next[key]);
    const same = keys.length === Object.keys(previous).length && keys.every((key) => key in previous && Object.is(shared[key], previous[key]));
    return (same ? previous : shared) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
