export interface WebGLSupport {
  available: boolean;
  /** A software rasteriser (SwiftShader, llvmpipe): the scene then skips multisampling, which costs it most. */
  software: boolean;
}

/** Whether this browser can create a WebGL context (asked for directly: the constructor may exist without a GPU path). */
export function detectWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}
