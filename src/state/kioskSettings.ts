import type { PageMode } from '../story/mode';
import { DEFAULT_KIOSK_SETTINGS, parseKioskSettings, type KioskSettings } from '../story/kioskSettings';

/**
 * The kiosk settings in the device's localStorage, under one key. The key being there is what keeps the tablet in
 * kiosk mode from visit to visit (until the clinic turns it off); it is also the one thing the reset between
 * patients leaves in storage. A storage the browser refuses reads as empty: the page is then a plain page.
 */
export const KIOSK_SETTINGS_KEY = 'lumbar-facet-explainer.kiosk';

/** The device's localStorage, or null where the browser refuses it (storage blocked, opaque origin). */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored settings, or null where the device is not a kiosk. */
export function readKioskSettings(storage: Storage | null): KioskSettings | null {
  try {
    const raw = storage?.getItem(KIOSK_SETTINGS_KEY) ?? null;
    return raw === null ? null : parseKioskSettings(raw);
  } catch {
    return null;
  }
}

export function writeKioskSettings(storage: Storage | null, settings: KioskSettings): void {
  try {
    storage?.setItem(KIOSK_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or refused: the kiosk still runs for this visit.
  }
}

export function clearKioskSettings(storage: Storage | null): void {
  try {
    storage?.removeItem(KIOSK_SETTINGS_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}

/**
 * The mode the page runs in: `?mode=kiosk` turns the device into a kiosk (and remembers it); a device already one
 * stays one when opened without a mode. An embedded widget is never a kiosk, and an explicit other mode wins.
 */
export function resolveKioskMode(mode: PageMode, search: string, storage: Storage | null): PageMode {
  if (mode.name === 'kiosk') {
    if (!readKioskSettings(storage)) writeKioskSettings(storage, DEFAULT_KIOSK_SETTINGS);
    return mode;
  }
  const explicit = new URLSearchParams(search).has('mode');
  if (mode.name === 'default' && !explicit && readKioskSettings(storage)) return { name: 'kiosk' };
  return mode;
}
