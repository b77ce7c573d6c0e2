/**
 * Story text marks tappable structure names as `[[structure-id|label]]`. This pure parser splits a
 * string into plain text and structure links; anything that is not a complete, well-formed marker
 * stays plain text, so a typo in content never hides words from the reader.
 */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'structure'; id: string; label: string };

const MARKER = /\[\[([a-zA-Z0-9-]+)\|([^\]|]+)\]\]/g;

export function parseMarkup(source: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of source.matchAll(MARKER)) {
    const [whole, id, label] = match;
    if (match.index > cursor) segments.push({ kind: 'text', text: source.slice(cursor, match.index) });
    segments.push({ kind: 'structure', id: id!, label: label! });
    cursor = match.index + whole.length;
  }
  if (cursor < source.length) segments.push({ kind: 'text', text: source.slice(cursor) });
  return segments;
}

/** The text as a reader sees it, markers replaced by their labels. */
export function plainText(source: string): string {
  return parseMarkup(source)
    .map((segment) => (segment.kind === 'text' ? segment.text : segment.label))
    .join('');
}

/** Every structure id the text links to, in order of appearance. */
export function linkedStructureIds(source: string): string[] {
  return parseMarkup(source).flatMap((segment) => (segment.kind === 'structure' ? [segment.id] : []));
}
