import { create } from 'zustand';

/**
 * A new version of the installed app, downloaded by the service worker and waiting (src/ui/serviceWorker.ts): what
 * takes it in, and what asks for one. Nothing here swaps it mid-visit: the clinic tablet's reset between patients
 * calls `applyOrCheckAppUpdate()`, the only place a waiting version is taken in without a reload by the reader.
 */
export interface AppUpdateState {
  /** Takes the waiting version in (the page reloads as the new version); null while none waits. */
  apply: (() => void) | null;
  /** Asks the server whether a newer version exists (it downloads in the background); null without a worker. */
  check: (() => void) | null;
}

export const useAppUpdate = create<AppUpdateState>()(() => ({ apply: null, check: null }));

/** The worker is registered: from now on the reset asks for newer versions. */
export function offerUpdateCheck(check: () => void): void {
  useAppUpdate.setState({ check });
}

/** A new version has downloaded and waits for the next reset (or the next load of the page). */
export function offerWaitingUpdate(apply: () => void): void {
  useAppUpdate.setState({ apply });
}

/**
 * At the reset between patients: a waiting version is taken in now, while nobody is reading; otherwise the server
 * is asked for one, so the reset after it can take it in. Returns whether a version is being taken in.
 */
export function applyOrCheckAppUpdate(): boolean {
  const { apply, check } = useAppUpdate.getState();
  if (apply) {
    useAppUpdate.setState({ apply: null });
    apply();
    return true;
  }
  check?.();
  return false;
}
