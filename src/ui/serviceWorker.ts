import type { Workbox } from 'workbox-window';
import { offerUpdateCheck, offerWaitingUpdate } from '../state/appUpdate';
import { useLoadProgress } from '../state/loadProgress';
import { knownWithoutWebGL, onWebGLAnswer } from '../state/webglSupport';

/**
 * The offline service worker (built by vite-plugin-pwa, see vite.pwa.ts), registered through Workbox's window
 * library from our own bundle, so the strict CSP needs no inline script. Updates never interrupt a visit: the worker
 * neither skips waiting nor claims pages, so a new version installs in the background and waits while the page is in
 * use. It takes over on the next load of the page, or when the clinic tablet resets for the next patient
 * (`applyOrCheckAppUpdate` in state/appUpdate.ts): only then is the waiting worker told to skip waiting, and the page
 * that asked reloads as the new version, onto the attract screen the reset shows anyway.
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

/** After the page's own files. */
function pageLoaded(win: Window): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
}

/** The longest the worker waits for the first 3D frame, where the page is to draw one but has not. */
export const FIRST_VIEW_WAIT_MS = 10_000;

/** The first 3D frame is drawn, or the page draws none (its text form, without WebGL). */
const isFirstViewShown = () => useLoadProgress.getState().firstFrame || knownWithoutWebGL();

/**
 * Once the first view is shown (`isFirstViewShown`), or after `waitMs` at most. Precaching fetches and stores every file
 * of the app, the models among them: started at the page's load event, it competed with the scene's own loading, and
 * the first frame came about 0.55 s later here (medians of 10, 1519 against 956 ms with the worker blocked).
 */
export function firstViewShown(win: Pick<Window, 'setTimeout' | 'clearTimeout'>, waitMs = FIRST_VIEW_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (isFirstViewShown()) {
      resolve();
      return;
    }
    const finish = () => {
      win.clearTimeout(timer);
      stopFrame();
      stopCheck();
      resolve();
    };
    const whenShown = () => {
      if (isFirstViewShown()) finish();
    };
    const timer = win.setTimeout(finish, waitMs);
    const stopFrame = useLoadProgress.subscribe(whenShown);
    const stopCheck = onWebGLAnswer(whenShown);
  });
}

/** A waiting version to take in: the worker is told to skip waiting, and this page reloads once it controls it. */
function takeInWaiting(workbox: Workbox, win: Window): () => void {
  return () => {
    workbox.addEventListener('controlling', () => win.location.reload());
    workbox.messageSkipWaiting();
  };
}

/**
 * Registers the worker once the page has loaded and shown its first view (in a built app only); anything that cannot
 * work is skipped quietly.
 */
export async function startServiceWorker(win: Window = window): Promise<void> {
  const container = import.meta.env.PROD ? serviceWorkerContainer(win) : null;
  if (!container) return;
  try {
    await pageLoaded(win);
    await firstViewShown(win);
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(WORKER_URL);
    workbox.addEventListener('waiting', () => offerWaitingUpdate(takeInWaiting(workbox, win)));
    await workbox.register();
    offerUpdateCheck(() => void workbox.update().catch(() => undefined));
  } catch {
    // Offline support is a bonus: a browser that refuses the worker still shows the explainer online.
  }
}
