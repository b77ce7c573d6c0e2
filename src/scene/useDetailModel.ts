import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ModelIndex } from './modelIndex';
import { loadModelOrNull } from './modelLoads';
import { DETAIL_MODEL_URL } from './modelUrl';

/** The longest the detailed model waits for an idle moment after the light one has drawn, ms. */
const IDLE_TIMEOUT_MS = 2_000;
/** Where requestIdleCallback is missing (Safari): a short wait instead, ms. */
const NO_IDLE_WAIT_MS = 200;

/** Runs `task` once the main thread is idle; returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, NO_IDLE_WAIT_MS);
  return () => clearTimeout(timer);
}

/**
 * The progressive model: the light default model draws the first 3D frame; once the page is idle, the detailed
 * bones and discs are fetched and swapped in by structure id, one structure per frame, so no frame carries the whole
 * upload. A failed fetch leaves the light model, which is complete in itself.
 */
export function useDetailModel(index: ModelIndex, url = DETAIL_MODEL_URL): void {
  useEffect(() => {
    let current = true;
    const cancel = whenIdle(() => {
      index.beginDetail();
      void loadModelOrNull(url).then((scene) => {
        if (current) index.receiveDetail(scene);
      });
    });
    return () => {
      current = false;
      cancel();
      index.cancelDetail();
    };
  }, [index, url]);

  useFrame(() => index.refineNext());
}
