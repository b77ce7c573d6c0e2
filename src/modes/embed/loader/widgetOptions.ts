/**
 * The options a clinic writes on the script tag or the placeholder (`data-step`, `data-lang`, `data-scope`,
 * `data-start`, `data-lstv`, `data-facets`, `data-cascade`, `data-height`), turned into the embed page's address.
 * Only known names pass, as text in a query string; the frame checks each value again.
 */
const PASSED_ON = { step: 'step', lang: 'lang', scope: 'scope', start: 'start', lstv: 'lstv', facets: 'facets', cascade: 'cascade' } as const;

export function embedPageUrl(base: URL, options: DOMStringMap): string {
  const url = new URL('embed.html', base);
  for (const [option, param] of Object.entries(PASSED_ON)) {
    const value = options[option];
    if (value) url.searchParams.set(param, value.slice(0, 100));
  }
  return url.href;
}

/** Column narrower than this: the widget stacks scene over text and stands taller. */
const NARROW_COLUMN_PX = 560;

/**
 * The widget's box: the column's width, and a height from it (2:3 in a phone's narrow column, 16:10 in a wide one,
 * never taller than most of the screen), or `data-height` pixels. A box the host page has already sized is kept.
 */
export function fitBox(box: HTMLElement, options: DOMStringMap, hostSized: boolean): void {
  const height = Number(options.height);
  if (Number.isFinite(height) && height >= 200) {
    box.style.height = `${Math.min(height, 2000)}px`;
    return;
  }
  if (hostSized) return;
  box.style.aspectRatio = box.clientWidth < NARROW_COLUMN_PX ? '2 / 3' : '16 / 10';
  box.style.minHeight = '320px';
  box.style.maxHeight = '85vh';
}
