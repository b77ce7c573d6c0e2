import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import { webglRefused } from '../state/webglSupport';

/**
 * The scene's renderer, on a WebGL 2 context asked for here with the attributes three would ask for (R3F's transparent
 * canvas, multisampling only on a GPU). The page's WebGL check runs in a worker, and a browser may give workers WebGL
 * and the page none: where the context is refused, the page turns to its text form (`webglRefused`) and the renderer
 * never arrives, so nothing half-made is drawn or reported as an error. Given a context, the renderer is returned at
 * once, not as a promise: R3F then sets the canvas up in the same pass rather than suspending it, and React holds a
 * suspended piece's reveal for up to 300 ms.
 */
export function sceneRenderer(defaults: Pick<WebGLRendererParameters, 'canvas' | 'alpha'>, antialias: boolean): WebGLRenderer | Promise<never> {
  const attributes: WebGLContextAttributes = {
    alpha: defaults.alpha ?? true,
    depth: true,
    stencil: false,
    antialias,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: 'high-performance',
    failIfMajorPerformanceCaveat: false,
  };
  const canvas = defaults.canvas as HTMLCanvasElement | undefined;
  const context = canvas?.getContext('webgl2', attributes) ?? null;
  if (!context) {
    webglRefused();
    return new Promise<never>(() => undefined);
  }
  const renderer = new WebGLRenderer({ canvas: defaults.canvas, ...attributes, context });
  // Three asks this when it first sets up a texture (the occluder pass's target), and the page waits for the answer
  // behind all the GPU's queued work (about 25 ms in one profile here, asked just after the model's programs); asked
  // now, the queue is empty, and three keeps the answer.
  renderer.extensions.has('EXT_texture_filter_anisotropic');
  return renderer;
}
