import { useEffect, useState } from 'react';

/** A module imported on demand, once, whose value can be read without waiting once it has arrived. */
export interface LazyModule<T> {
  load: () => Promise<T>;
  loaded: () => T | undefined;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | null = null;
  let value: T | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          // A later mount (the error boundary's "try again") asks again.
          loading = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

/**
 * The module once it has arrived (null meanwhile); its failure is thrown to the nearest error boundary. Unlike
 * React.lazy this never suspends: React holds a suspended piece's reveal for up to 300 ms after its last fallback,
 * which delayed the first 3D frame by that much.
 */
export function useLazyModule<T>(lazy: LazyModule<T>): T | null {
  const [, setArrived] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const value = lazy.loaded();
  useEffect(() => {
    if (value !== undefined) return;
    let current = true;
    lazy.load().then(
      () => current && setArrived((n) => n + 1),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [lazy, value]);
  if (failure) throw failure.error;
  return value ?? null;
}
