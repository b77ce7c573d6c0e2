/**
 * The offline service worker (built by vite-plugin-pwa, see vite.pwa.ts), registered from our own bundle so the
 * strict CSP needs no inline script. Updates never interrupt a visit: the worker neither skips waiting nor claims
 * pages, so a new version installs in the background and waits while the page is in use; the browser lets it take
 * over when the page it would replace goes (a reload, the next patient's start), and that load is the new version.
 * Nothing here forces it: forcing would swap the worker under any other open tab mid-visit.
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

/** After the page's own files, so precaching does not compete with the first view. */
function pageLoaded(win: Window): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
}

/** Registers the worker once the page has loaded (in a built app only); anything that cannot work is skipped quietly. */
export async function startServiceWorker(win: Window = window): Promise<void> {
  const container = import.meta.env.PROD ? serviceWorkerContainer(win) : null;
  if (!container) return;
  try {
    await pageLoaded(win);
    await container.register(WORKER_URL);
  } catch {
    // Offline support is a bonus: a browser that refuses the worker still shows the explainer online.
  }
}
