import { reportDownload } from './loadProgress';

const prefetched = new Map<string, Promise<ArrayBuffer>>();

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    reportDownload(url, loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * Starts downloading a glb beside the scene's code rather than after it (on a slow phone network the two took turns).
 * The scene's loader takes the bytes (`takePrefetchedModel`); the download reports its progress as the loader's would.
 */
export function prefetchModel(url: string): void {
  if (prefetched.has(url)) return;
  const bytes = fetchBytes(url);
  // A failed prefetch is not reported: the scene's loader then fetches the glb itself, and reports that.
  bytes.catch(() => undefined);
  prefetched.set(url, bytes);
}

/** The prefetched bytes of a glb, handed over once (a later load, such as a retry, fetches anew). */
export function takePrefetchedModel(url: string): Promise<ArrayBuffer> | undefined {
  const bytes = prefetched.get(url);
  prefetched.delete(url);
  return bytes;
}
