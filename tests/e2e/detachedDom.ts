import type { Page } from 'playwright-core';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[] } };
  nodes: number[];
  strings: string[];
}

/** V8 marks each DOM node of a heap snapshot attached (1) or detached (2) from its document. */
const DETACHED = 2;

/**
 * DOM nodes removed from the page that something still holds after garbage collection, from a heap snapshot, each
 * named by its tag and the start of its attributes.
 */
export async function detachedDomNodes(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const [name, detachedness] = [fields.indexOf('name'), fields.indexOf('detachedness')];
  if (detachedness < 0) throw new Error('this browser’s heap snapshots do not say which nodes are detached');
  const detached: string[] = [];
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + detachedness] === DETACHED) detached.push(strings[nodes[i + name]!]!);
  return detached;
}
