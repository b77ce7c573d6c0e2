/**
 * The offline service worker (built by vite-plugin-pwa, see vite.pwa.ts), registered from our own bundle so the
 * strict CSP needs no inline script. Updates never interrupt a visit: a new worker installs in the background and
 * waits; on the next load of the page (a reload, the next patient) it is found waiting, takes over, and the page
 * loads once more from the new version before anyone has begun to read.
 */
const WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

/**
 * `navigator.serviceWorker` where a worker can run: not in a document with an opaque origin (an iframe sandboxed
 * without allow-same-origin, where even reading it may throw), not outside a secure context, not where missing.
 */
export function serviceWorkerContainer(win: Window): ServiceWorkerContainer | null {
  try {
    if (win.origin === 'null' || !win.isSecureContext || !('serviceWorker' in win.navigator)) return null;
    return win.navigator.serviceWorker;
  } catch {
    return null;
  }
}

/** Lets a waiting worker take over and loads the page again from it; false when none is waiting. */
function applyWaitingUpdate(container: ServiceWorkerContainer, registration: ServiceWorkerRegistration | undefined): boolean {
  const waiting = registration?.waiting;
  if (!waiting || !container.controller) return false;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  // The message Workbox's generated worker listens for when it does not skip waiting by itself.
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

/** After the page's own files, so precaching does not compete with the first view. */
function pageLoaded(win: Window): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * Applies an update found waiting at once; otherwise registers the worker once the page has loaded (in a built app
 * only). Anything that cannot work is skipped without a word.
 */
export async function startServiceWorker(win: Window = window): Promise<void> {
  const container = import.meta.env.PROD ? serviceWorkerContainer(win) : null;
  if (!container) return;
  try {
    if (applyWaitingUpdate(container, await container.getRegistration())) return;
    await pageLoaded(win);
    await container.register(WORKER_URL);
  } catch {
    // Offline support is a bonus: a browser that refuses the worker still shows the explainer online.
  }
}
