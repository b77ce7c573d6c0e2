import { useEffect, useRef, useState } from 'react';
import { graftVariant } from './graftVariant';
import { retryModel, retryWaitMs } from './modelLoads';
import type { ModelIndex } from './modelIndex';
import { variantModelUrl } from './modelUrl';

export interface VariantModels {
  /** Bumped each time a glb is grafted: the looks must be worked out again. */
  version: number;
  /** The glbs whose last try failed (none is being tried now); the scene goes on without them. */
  failed: readonly string[];
}

export interface VariantRetry {
  /** Changes with every new scene state (another step, another choice): a failed glb still needed is tried again. */
  stateKey: string;
  /** Bumped by the reader's "try again": a failed glb is tried at once, without waiting out its backoff. */
  retryNonce: number;
}

/**
 * Fetches the variant glbs the scene needs, when it first needs them, in the background (the drawn scene never
 * suspends or blanks), and grafts each onto the loaded model. A glb that failed is tried again on the next state
 * that needs it, once its short backoff has passed, or at once on the reader's "try again".
 */
export function useVariantModels(index: ModelIndex | null, needed: readonly string[], { stateKey, retryNonce }: VariantRetry): VariantModels {
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState<readonly string[]>([]);
  const handledNonce = useRef(retryNonce);
  const neededKey = needed.join(',');
  useEffect(() => {
    if (!index) return;
    const now = Date.now();
    const forced = handledNonce.current !== retryNonce;
    handledNonce.current = retryNonce;
    let current = true;
    const attempt = (model: string) => {
      setFailed((list) => (list.includes(model) ? list.filter((m) => m !== model) : list));
      retryModel(variantModelUrl(model)).then(
        (scene) => {
          graftVariant(index, model, scene);
          if (current) setVersion((v) => v + 1);
        },
        () => {
          if (current) setFailed((list) => (list.includes(model) ? list : [...list, model]));
        },
      );
    };
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (const model of needed) {
      if (index.grafted.has(model)) continue;
      const wait = forced ? 0 : retryWaitMs(variantModelUrl(model), now);
      if (wait === 0) attempt(model);
      else timers.push(setTimeout(() => attempt(model), wait));
    }
    return () => {
      current = false;
      timers.forEach(clearTimeout);
    };
    // neededKey stands for `needed` by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, neededKey, stateKey, retryNonce]);
  // A failure counts while its glb is still needed and not (on a later try) grafted after all.
  const stillFailed = failed.filter((model) => needed.includes(model) && !index?.grafted.has(model));
  return { version, failed: stillFailed };
}
