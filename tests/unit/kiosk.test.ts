import { beforeEach, describe, expect, it } from 'vitest';
import { useKiosk } from '../../src/state/kiosk';
import { KIOSK_SETTINGS_KEY, readKioskSettings, resolveKioskMode } from '../../src/state/kioskSettings';
import { currentPosture, holdTrunkAngle, postureStore } from '../../src/state/posture';
import { useExplainer } from '../../src/state/store';
import { resetForNextPatient } from '../../src/state/visitReset';
import { DEFAULT_KIOSK_SETTINGS, idlePhase, parseKioskSettings } from '../../src/story/kioskSettings';
import { parseMode, stepHistory } from '../../src/story/mode';
import { parseLocation } from '../../src/story/url';

/** An in-memory Storage, as the browser's localStorage / sessionStorage behave. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  keys() {
    return [...this.items.keys()];
  }
}

describe('kiosk mode from the address and the device', () => {
  it('is a mode of its own whose steps never add history', () => {
    expect(parseMode('?mode=kiosk')).toEqual({ name: 'kiosk' });
    expect(stepHistory({ name: 'kiosk' })).toBe('replace');
  });

  it('is remembered by the device once asked for, until an explicit other mode or the settings are cleared', () => {
    const storage = new MemoryStorage();
    expect(resolveKioskMode(parseMode(''), '', storage)).toEqual({ name: 'default' });
    expect(resolveKioskMode(parseMode('?mode=kiosk'), '?mode=kiosk', storage)).toEqual({ name: 'kiosk' });
    expect(readKioskSettings(storage)).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(resolveKioskMode(parseMode('?step=lstv'), '?step=lstv', storage)).toEqual({ name: 'kiosk' });
    expect(resolveKioskMode(parseMode('?mode=default'), '?mode=default', storage)).toEqual({ name: 'default' });
    expect(resolveKioskMode(parseMode('', 'embed'), '', storage)).toEqual({ name: 'embed', scope: 'step' });
    storage.removeItem(KIOSK_SETTINGS_KEY);
    expect(resolveKioskMode(parseMode(''), '', storage)).toEqual({ name: 'default' });
    expect(resolveKioskMode(parseMode(''), '', null)).toEqual({ name: 'default' });
  });

  it('reads settings calmly: malformed text or fields fall back to the two minutes default', () => {
    expect(parseKioskSettings('{not json')).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(parseKioskSettings('[]')).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(parseKioskSettings('{"idleSeconds": -5, "questionSeconds": 10}')).toEqual({ idleSeconds: 120, questionSeconds: 10 });
    expect(parseKioskSettings('{"idleSeconds": 300}')).toEqual({ idleSeconds: 300, questionSeconds: 20 });
  });
});

describe('the idle clock', () => {
  const settings = { idleSeconds: 120, questionSeconds: 20 };
  it('asks "still there?" after the idle time, counts down, then resets', () => {
    expect(idlePhase(0, settings)).toEqual({ name: 'in-use' });
    expect(idlePhase(119_999, settings)).toEqual({ name: 'in-use' });
    expect(idlePhase(120_000, settings)).toEqual({ name: 'question', secondsLeft: 20 });
    expect(idlePhase(130_500, settings)).toEqual({ name: 'question', secondsLeft: 10 });
    expect(idlePhase(139_001, settings)).toEqual({ name: 'question', secondsLeft: 1 });
    expect(idlePhase(140_000, settings)).toEqual({ name: 'reset' });
  });
});

describe('the reset for the next patient', () => {
  beforeEach(() => {
    useExplainer.setState(useExplainer.getInitialState());
  });

  it('leaves nothing of the last visit in the stores, the posture, the storage or the address', () => {
    const fresh = useExplainer.getInitialState();
    const store = useExplainer.getState();
    store.goToStep(12);
    store.setLocale('en');
    store.setFindings(parseLocation('?facets=L4-L5:3').findings);
    store.select('facet-L4-L5-left');
    store.requestView('posterior');
    store.setXray(true);
    store.setLoop('lean-back');
    store.setFocusSegment('L5-S1');
    store.setDiscLoss('L4-L5', 0.4);
    store.setLabelsShown(false);
    store.setLinkNotices(['unknown-step']);
    holdTrunkAngle(18);
    useKiosk.setState({ attract: false, textSize: 2 });
    const visit = useKiosk.getState().visit;
    const nonce = useExplainer.getState().viewNonce;
    const local = new MemoryStorage();
    local.setItem(KIOSK_SETTINGS_KEY, JSON.stringify({ idleSeconds: 60, questionSeconds: 20 }));
    local.setItem('doctor-marks', '[1,2]');
    const session = new MemoryStorage();
    session.setItem('anything', 'x');
    const addresses: string[] = [];
    const history = { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => addresses.push(String(url)) };

    expect(useExplainer.getState().findings).not.toBeNull();

    resetForNextPatient({ local, session, history, pathname: '/clinic/' });

    const after = useExplainer.getState();
    expect(after.findings).toBeNull();
    for (const key of ['locale', 'stepIndex', 'selectedId', 'viewOverride', 'xrayOverride', 'motionOverride', 'anatomyOverride', 'linkNotices', 'labelsShown'] as const) {
      expect(after[key], key).toEqual(fresh[key]);
    }
    expect(after.locale).toBe('zh-TW');
    expect(after.stepIndex).toBe(0);
    // The camera is framed anew even where the first step was already shown.
    expect(after.viewNonce).toBe(nonce + 1);
    const { heldDeg, discLoss, loopDeg } = postureStore.getState();
    expect({ heldDeg, discLoss, loopDeg }).toEqual({ heldDeg: null, discLoss: null, loopDeg: null });
    expect(currentPosture().trunkDeg).toBe(postureStore.getState().base.trunkDeg);
    expect(useKiosk.getState()).toMatchObject({ attract: true, textSize: 0, visit: visit + 1 });
    expect(local.keys()).toEqual([KIOSK_SETTINGS_KEY]);
    expect(session.length).toBe(0);
    expect(addresses).toEqual(['/clinic/?mode=kiosk']);
  });
});
