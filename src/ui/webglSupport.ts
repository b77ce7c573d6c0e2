import { settleWebGLSupport, type WebGLSupport } from '../state/webglSupport';

const NONE: WebGLSupport = { available: false, software: false };
/** A worker that has not answered by then is given up on, and the page asks on its own thread. */
const WORKER_PATIENCE_MS = 3000;

/**
 * Whether `canvas` gives a WebGL 2 context, the only kind the scene's renderer draws with (asked for directly: the
 * constructor may exist without a GPU path), and whether it is drawn in software. The context is let go at once. Runs
 * in the probe worker and on the page.
 */
export function probeCanvas(canvas: HTMLCanvasElement | OffscreenCanvas): WebGLSupport {
  try {
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return NONE;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } catch {
    return NONE;
  }
}

function probeOnPage(): WebGLSupport {
  return probeCanvas(document.createElement('canvas'));
}

/** The worker's answer; null where workers or offscreen canvases are missing, the worker fails or is too slow. */
function probeInWorker(): Promise<WebGLSupport | null> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./webglProbe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const finish = (answer: WebGLSupport | null) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => finish(null), WORKER_PATIENCE_MS);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const answer = event.data as Partial<WebGLSupport> | null;
      finish(typeof answer?.available === 'boolean' && typeof answer.software === 'boolean' ? { available: answer.available, software: answer.software } : null);
    };
    worker.onerror = () => finish(null);
  });
}

/**
 * Whether this browser can draw the scene, asked off the page's thread: creating even a throwaway context blocked the
 * page for 40–280 ms on a software rasteriser while it loaded. A worker that finds no WebGL (some browsers give
 * workers none) or cannot run is not the last word: the page then asks on its own thread. Nor is a worker's yes: a
 * browser may allow WebGL in workers and not on the page, and the scene's renderer then reports the refusal.
 */
async function detectWebGL(): Promise<WebGLSupport> {
  const answer = await probeInWorker();
  return answer?.available ? answer : probeOnPage();
}

let asked = false;

/**
 * Starts the WebGL check (once per page, before the app first renders), so it runs while the app's code arrives and
 * while the scene's code and model come (`preloadSpineSceneAfterFirstPaint`).
 */
export function startWebGLCheck(): void {
  if (asked) return;
  asked = true;
  void detectWebGL().then(settleWebGLSupport);
}
