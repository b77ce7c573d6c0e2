import { applyOrCheckAppUpdate } from './appUpdate';
import { clearDoctorSession } from './doctorSession';
import { useKiosk } from './kiosk';
import { KIOSK_SETTINGS_KEY } from './kioskSettings';
import { clearHeldPosture } from './posture';
import { useExplainer } from './store';

/** What the reset touches outside the stores; the browser's by default, fakes in unit tests. */
export interface VisitEnvironment {
  local: Storage | null;
  session: Storage | null;
  history: Pick<History, 'replaceState'> | null;
  pathname: string;
}

/** The address a fresh visit shows: the kiosk and nothing of the last patient's step, language or findings. */
export const FRESH_VISIT_SEARCH = '?mode=kiosk';

function browserEnvironment(): VisitEnvironment {
  const storage = (name: 'localStorage' | 'sessionStorage'): Storage | null => {
    try {
      return window[name];
    } catch {
      return null;
    }
  };
  return { local: storage('localStorage'), session: storage('sessionStorage'), history: window.history, pathname: window.location.pathname };
}

/** Empties a storage area but for the keys named (the clinic's kiosk settings). */
export function clearStorageExcept(storage: Storage, keep: readonly string[]): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null);
  for (const key of keys) if (!keep.includes(key)) storage.removeItem(key);
}

/**
 * Everything the last patient left behind, cleared for the next one, in one place: the explainer's store back to
 * its first state (first step, zh-TW, the step's own view with the camera framed anew, no findings, no compare
 * choice, names shown), the posture sliders and disc loss, the kiosk's text size, the visit counter the UI keys its
 * dialogs, menus and open controls on, the address back to `?mode=kiosk`, both storage areas except the kiosk
 * settings, and the doctor's session (marks, playlist, saved views and strokes) with the tools' button. Then the
 * attract screen shows. A new version of the app waiting in the service worker is taken in here (the page reloads onto the same attract
 * screen), never during a visit; without one, the server is asked for a newer version for the next reset. A caller
 * that loads the page anew itself passes `takeUpdate: false` (that load takes the waiting version in).
 */
export function resetForNextPatient(environment: VisitEnvironment = browserEnvironment(), { takeUpdate = true } = {}): void {
  const { viewNonce } = useExplainer.getState();
  clearHeldPosture();
  clearDoctorSession();
  useExplainer.setState({ ...useExplainer.getInitialState(), viewNonce: viewNonce + 1 });
  useKiosk.setState((state) => ({ attract: true, textSize: 0, doctorTools: false, visit: state.visit + 1 }));
  try {
    if (environment.local) clearStorageExcept(environment.local, [KIOSK_SETTINGS_KEY]);
    environment.session?.clear();
  } catch {
    // A storage area the browser refuses to touch holds nothing of ours.
  }
  environment.history?.replaceState(null, '', `${environment.pathname}${FRESH_VISIT_SEARCH}`);
  if (takeUpdate) applyOrCheckAppUpdate();
}
