/**
 * Which host pages may frame the explainer: a build-time list of origins (`EMBED_ALLOWED_ORIGINS`, see the README),
 * `*` for any. Pure; the frame checks the origins of the pages around it and of every message against the list.
 */
export const ANY_ORIGIN = '*';

/** The list from its setting: origins separated by spaces or commas; empty means any. */
export function parseAllowedOrigins(setting: string | undefined): string[] {
  const origins = (setting ?? '').split(/[\s,]+/).filter(Boolean);
  return origins.length === 0 || origins.includes(ANY_ORIGIN) ? [ANY_ORIGIN] : origins.map((origin) => origin.replace(/\/+$/, ''));
}

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes(ANY_ORIGIN) || allowed.includes(origin);
}

/**
 * Whether a framed explainer may show itself: every page around it (nearest first) must be allowed. `null` stands
 * for a frame whose hosts cannot be told (no ancestor list, no referrer): allowed only when any origin is.
 */
export function ancestorsAllowed(ancestors: readonly string[] | null, allowed: readonly string[]): boolean {
  if (allowed.includes(ANY_ORIGIN)) return true;
  return ancestors !== null && ancestors.length > 0 && ancestors.every((origin) => originAllowed(origin, allowed));
}
