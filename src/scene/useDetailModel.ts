import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
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
 * The progressive model: the light default model draws the first 3D frame; after that frame, once the page is
 * idle, the detailed bones and discs are fetched (parsed as they arrive) and swapped in by structure id at the next
 * frame. A failed fetch leaves the light model, which is complete in itself.
 */
export function useDetailModel(index: ModelIndex, url = DETAIL_MODEL_URL): void {
  const framesDrawn = useRef(0);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => {
    framesDrawn.current = 0;
    return () => {
      stop.current?.();
      stop.current = null;
      index.cancelDetail();
    };
  }, [index]);

  useFrame(() => {
    // Frame callbacks run before each render: the second one comes after the light model's first frame.
    framesDrawn.current += 1;
    if (framesDrawn.current === 2) {
      let current = true;
      const cancelIdle = whenIdle(() => {
        index.beginDetail();
        void loadModelOrNull(url).then((scene) => {
          if (current) index.receiveDetail(scene);
        });
      });
      stop.current = () => {
        current = false;
        cancelIdle();
      };
    }
    index.refine();
  });
}
