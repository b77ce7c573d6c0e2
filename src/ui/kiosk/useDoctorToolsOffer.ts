import { useEffect } from 'react';
import { useKiosk } from '../../state/kiosk';

/**
 * Whether the toolbar offers the doctor's tools: always on a plain page; on the clinic tablet only once the clinic
 * settings (behind the held version number) opened them for this visit, so a patient in the waiting room never meets
 * them. Opening them there calls `open` (the panel shows at once); the reset for the next patient takes the button
 * away again.
 */
export function useDoctorToolsOffer(open: () => void): boolean {
  const kiosk = useKiosk((s) => s.active);
  const opened = useKiosk((s) => s.doctorTools);
  useEffect(() => {
    if (opened) open();
  }, [opened, open]);
  return !kiosk || opened;
}
