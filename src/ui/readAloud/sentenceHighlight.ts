/**
 * Marks the sentence being read with the CSS Custom Highlight API (`::highlight(read-aloud)`), without touching the
 * story's DOM. Browsers without the API read without the mark.
 */
export const READ_ALOUD_HIGHLIGHT = 'read-aloud';

function highlights(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

/** The range of `root`'s text where `sentence` first occurs at or after text offset `from`, or null. */
function findRange(root: Element, sentence: string, from: number): { range: Range; end: number } | null {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.nodeValue ?? '';
  }
  const start = text.indexOf(sentence, from);
  if (start < 0) return null;
  const end = start + sentence.length;
  const at = (offset: number, isEnd: boolean) => {
    const hit = [...nodes].reverse().find((n) => (isEnd ? n.start < offset : n.start <= offset))!;
    return { node: hit.node, offset: offset - hit.start };
  };
  const range = document.createRange();
  const a = at(start, false);
  const b = at(end, true);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return { range, end };
}

/** Highlights sentence `index` of `sentences` inside `root` (null clears the mark). */
export function highlightSentence(root: Element | null, sentences: readonly string[], index: number | null): void {
  const registry = highlights();
  if (!registry) return;
  registry.delete(READ_ALOUD_HIGHLIGHT);
  if (!root || index === null) return;
  // Earlier sentences are found first, so a sentence that repeats an earlier one marks its own place.
  let from = 0;
  for (let i = 0; i <= index; i++) {
    const found = findRange(root, sentences[i] ?? '', from);
    if (!found) return;
    from = found.end;
    if (i === index) registry.set(READ_ALOUD_HIGHLIGHT, new Highlight(found.range));
  }
}
