import { useCallback, useState } from 'react';

export interface VariantNotice {
  /** True while a variant glb the scene needs has failed and the reader has not put the notice away for it. */
  shown: boolean;
  /** Bumped by "try again"; the scene tries every failed glb it needs at once. */
  retryNonce: number;
  onVariantsFailed: (models: readonly string[]) => void;
  retry: () => void;
  dismiss: () => void;
}

/** The variant notice's state: which glbs failed, which of them the reader dismissed, and their "try again". */
export function useVariantNotice(): VariantNotice {
  const [failed, setFailed] = useState<readonly string[]>([]);
  // A dismissed glb stays quiet for the visit (it is still retried in the background); a new failure shows again.
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const [retryNonce, setRetryNonce] = useState(0);
  const onVariantsFailed = useCallback((models: readonly string[]) => setFailed(models), []);
  const retry = useCallback(() => setRetryNonce((nonce) => nonce + 1), []);
  const dismiss = useCallback(() => setDismissed((list) => [...new Set([...list, ...failed])]), [failed]);
  const shown = failed.some((model) => !dismissed.includes(model));
  return { shown, retryNonce, onVariantsFailed, retry, dismiss };
}
