import { useEffect, useMemo, useRef, useState } from 'react';
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
  /**
   * The drawn scene state: a new one (another step, another choice; unchanged states keep their identity) tries a
   * failed glb that is still needed again.
   */
  state: object;
  /** Bumped by the reader's "try again": a failed glb is tried at once, without waiting out its backoff. */
  retryNonce: number;
}

/**
 * `needed` must keep its identity while the choice is the same (a memo on the scene state's variants).
 * Fetches the variant glbs the scene needs, when it first needs them, in the background (the drawn scene never
 * suspends or blanks), and grafts each onto the loaded model. A glb that failed is tried again on the next state
 * that needs it, once its short backoff has passed, or at once on the reader's "try again".
 */
export function useVariantModels(index: ModelIndex | null, needed: readonly string[], { state, retryNonce }: VariantRetry): VariantModels {
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState<readonly string[]>([]);
  const handledNonce = useRef(retryNonce);
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
  }, [index, needed, state, retryNonce]);
  // A failure counts while its glb is still needed (each new try takes it off the list first).
  const stillFailed = useMemo(() => failed.filter((model) => needed.includes(model)), [failed, needed]);
  return { version, failed: stillFailed };
}
