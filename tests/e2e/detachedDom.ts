import type { Page } from 'playwright-core';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[] } };
  nodes: number[];
}

/** V8 marks each DOM node of a heap snapshot attached (1) or detached (2) from its document. */
const DETACHED = 2;

/** How many DOM nodes removed from the page something still holds after garbage collection, from a heap snapshot. */
export async function countDetachedDomNodes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const detachedness = fields.indexOf('detachedness');
  if (detachedness < 0) throw new Error('this browser’s heap snapshots do not say which nodes are detached');
  let count = 0;
  for (let i = detachedness; i < nodes.length; i += fields.length) if (nodes[i] === DETACHED) count += 1;
  return count;
}
