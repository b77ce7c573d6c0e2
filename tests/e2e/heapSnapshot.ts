import type { Page } from 'playwright-core';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** V8 marks each DOM node of a heap snapshot attached (1) or detached (2) from its document. */
const DETACHED = 2;

export interface HeapSnapshotSummary {
  /** DOM nodes removed from the page that something still holds (they live outside the JS heap). */
  detachedDomNodes: number;
  /** The heap's compiled code (bytecode and machine code, V8's `code` nodes), MB: it grows as V8 optimises, not as objects are kept. */
  codeMB: number;
}

/** A heap snapshot after garbage collection, summed up: detached DOM nodes and compiled code. */
export async function heapSnapshotSummary(page: Page): Promise<HeapSnapshotSummary> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const [detachedness, type, selfSize] = ['detachedness', 'type', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  if (detachedness < 0) throw new Error('this browser’s heap snapshots do not say which nodes are detached');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let [detachedDomNodes, codeBytes] = [0, 0];
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + detachedness] === DETACHED) detachedDomNodes += 1;
    if (nodes[i + type] === code) codeBytes += nodes[i + selfSize]!;
  }
  return { detachedDomNodes, codeMB: codeBytes / 2 ** 20 };
}

/** How many DOM nodes removed from the page something still holds after garbage collection. */
export async function countDetachedDomNodes(page: Page): Promise<number> {
  return (await heapSnapshotSummary(page)).detachedDomNodes;
}
