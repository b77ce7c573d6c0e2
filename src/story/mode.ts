/**
 * How the page shows the explainer, read from the address (`?mode=`): the full explainer (default), the compact
 * widget embedded in an article (`mode=embed`, with `scope=step|chapter|story`), the full explainer with the doctor's
 * tools open (`mode=doctor`), or the clinic tablet (`mode=kiosk`, which the device then remembers:
 * state/kioskSettings.ts). Pure; anything unknown falls back quietly.
 */
export const MODE_PARAM = 'mode';
export const SCOPE_PARAM = 'scope';

export const PAGE_MODES = ['default', 'embed', 'kiosk', 'doctor'] as const;
export type PageModeName = (typeof PAGE_MODES)[number];

/** What an embedded widget lets the reader walk through: the step it opened on, that step's chapter, or everything. */
export const EMBED_SCOPES = ['step', 'chapter', 'story'] as const;
export type EmbedScope = (typeof EMBED_SCOPES)[number];
export const DEFAULT_EMBED_SCOPE: EmbedScope = 'step';

export type PageMode = { name: 'default' } | { name: 'kiosk' } | { name: 'doctor' } | { name: 'embed'; scope: EmbedScope };

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => list.includes(value as T);

/** The page's mode; `fallback` is the mode of a page made for one (the embed page is an embed without `?mode=`). */
export function parseMode(search: string, fallback: PageModeName = 'default'): PageMode {
  const params = new URLSearchParams(search);
  const raw = params.get(MODE_PARAM);
  const name = isOneOf(PAGE_MODES, raw) ? raw : fallback;
  if (name === 'default' || name === 'kiosk' || name === 'doctor') return { name };
  const scope = params.get(SCOPE_PARAM);
  return { name, scope: isOneOf(EMBED_SCOPES, scope) ? scope : DEFAULT_EMBED_SCOPE };
}

/**
 * How a new step meets the browser's history: a page of its own pushes an entry (Back goes to the step before); an
 * embedded frame replaces, since its entries would become the host article's and Back would walk the widget. The
 * kiosk replaces too: Back must never walk into the previous patient's steps.
 */
export function stepHistory(mode: PageMode): 'push' | 'replace' {
  return mode.name === 'default' ? 'push' : 'replace';
}
