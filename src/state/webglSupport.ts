import { create } from 'zustand';

export interface WebGLSupport {
  available: boolean;
  /** A software rasteriser (SwiftShader, llvmpipe): the scene then skips multisampling, which costs it most. */
  software: boolean;
}

/**
 * Whether this browser draws the scene: null until the check (ui/webglSupport.ts) answers. The scene's own renderer
 * has the last word: a context refused to it turns the page to its text-only form (`webglRefused`).
 */
const useWebGLAnswer = create<{ support: WebGLSupport | null }>()(() => ({ support: null }));

export function settleWebGLSupport(support: WebGLSupport): void {
  useWebGLAnswer.setState({ support });
}

/** The scene's renderer could not get a context, whatever the check said. */
export function webglRefused(): void {
  settleWebGLSupport({ available: false, software: false });
}

export function useWebGLSupport(): WebGLSupport | null {
  return useWebGLAnswer((s) => s.support);
}

/** Whether the check or the renderer has said that this page draws no 3D (it shows its text form). */
export function knownWithoutWebGL(): boolean {
  return useWebGLAnswer.getState().support?.available === false;
}

/** Calls `listener` at each new answer, outside React; returns the call that stops it. */
export function onWebGLAnswer(listener: () => void): () => void {
  return useWebGLAnswer.subscribe(listener);
}
