import { useEffect } from 'react';

/**
 * Keeps the screen on while `enabled` (the clinic tablet), with the Screen Wake Lock API where the browser has it and
 * silently nothing where not. The browser drops the lock whenever the page is hidden; it is taken again on return.
 */
export function useWakeLock(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (stopped) void lock.release();
          else sentinel = lock;
        },
        () => undefined, // Refused (battery saver, no permission): the screen may dim, nothing else changes.
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, [enabled]);
}
