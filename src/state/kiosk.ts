import { create } from 'zustand';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from '../story/kioskSettings';

/** The text size steps: the root font size in per cent (every panel size is in rem, so the whole UI follows). */
export const TEXT_SIZE_PERCENT = [100, 118.75, 137.5] as const;
export type TextSizeStep = 0 | 1 | 2;

/**
 * The clinic tablet's own state, apart from the explainer's store: whether the page is a kiosk, whether the attract
 * screen shows, the visit's text size, whether the doctor's tools are offered, and a visit counter that the UI keys its local state on (dialogs, menus and
 * open controls start closed for each patient).
 */
export interface KioskState {
  active: boolean;
  attract: boolean;
  textSize: TextSizeStep;
  visit: number;
  /** The doctor's tools were opened from the clinic settings for this visit (a patient never meets their button). */
  doctorTools: boolean;
  settings: KioskSettings;
}

export const useKiosk = create<KioskState>()(() => ({
  active: false,
  attract: false,
  textSize: 0,
  visit: 0,
  doctorTools: false,
  settings: DEFAULT_KIOSK_SETTINGS,
}));

/** The page runs as a kiosk: the attract screen first, with the clinic's settings from the device. */
export function startKiosk(settings: KioskSettings): void {
  useKiosk.setState({ active: true, attract: true, settings });
}
