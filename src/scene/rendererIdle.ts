import type { WebGLRenderer } from 'three';
import { probeAsync } from 'three/src/utils.js';

/** How often (ms) the fence is looked at. */
const PROBE_MS = 8;

/**
 * Resolves once the GPU has carried out everything asked of it so far; rejects when the context is lost meanwhile.
 * It waits without holding the page: three's own probe polls a fence, which the browser answers from a cache. A call
 * that needs the GPU's answer (reading pixels back, a new program's uniforms) waits instead, page held, for all the
 * drawing queued before it: on a software rasteriser, just after the detailed model came in, such a call waited
 * 265–270 ms in two of five Lighthouse runs here.
 */
export async function whenRendererIdle(gl: WebGLRenderer): Promise<void> {
  const context = gl.getContext() as WebGL2RenderingContext;
  const fence = context.fenceSync(context.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) throw new Error('The WebGL context is lost.');
  context.flush();
  try {
    await probeAsync(context, fence, PROBE_MS);
  } catch {
    throw new Error('The WebGL context was lost.');
  } finally {
    context.deleteSync(fence);
  }
}
