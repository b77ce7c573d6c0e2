import { useSyncExternalStore } from 'react';

export interface WebGLSupport {
  available: boolean;
  /** A software rasteriser (SwiftShader, llvmpipe): the scene then skips multisampling, which costs it most. */
  software: boolean;
}

/**
 * Whether this browser draws the scene: null until the check (ui/webglSupport.ts) answers. The scene's own renderer
 * has the last word: a context refused to it turns the page to its text-only form (`webglRefused`).
 */
let answer: WebGLSupport | null = null;
const listeners = new Set<() => void>();

export function settleWebGLSupport(support: WebGLSupport): void {
  answer = support;
  for (const listener of listeners) listener();
}

/** The scene's renderer could not get a context, whatever the check said. */
export function webglRefused(): void {
  settleWebGLSupport({ available: false, software: false });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWebGLSupport(): WebGLSupport | null {
  return useSyncExternalStore(subscribe, () => answer);
}
