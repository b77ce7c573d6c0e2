import { useCallback, useState } from 'react';

export interface ModelRetry {
  /** Bumped by "try again": the scene fetches the default model again. */
  attempt: number;
  failed: boolean;
  onFailed: (failed: boolean) => void;
  retry: () => void;
}

/** Whether the default model failed to load, and its "try again" without reloading the page. */
export function useModelRetry(): ModelRetry {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { attempt, failed, onFailed: setFailed, retry };
}
