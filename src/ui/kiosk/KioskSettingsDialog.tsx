import { useState, type JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import type { Locale } from '../../content/locale';
import { fillTemplate } from '../../content/template';
import { uiText } from '../../content/ui';
import { useAppUpdate } from '../../state/appUpdate';
import { useKiosk } from '../../state/kiosk';
import { clearKioskSettings, deviceStorage, writeKioskSettings } from '../../state/kioskSettings';
import { resetForNextPatient } from '../../state/visitReset';
import { IDLE_MINUTE_CHOICES } from '../../story/kioskSettings';
import { APP_VERSION } from '../appVersion';
import { StoryDialog } from '../story/StoryDialog';

/**
 * Turns the tablet back into a plain page: settings gone, the visit cleared, full screen left, the page reloaded
 * (that load takes in a waiting version of the app, so the reset leaves it be).
 */
function leaveKiosk(): void {
  clearKioskSettings(deviceStorage());
  resetForNextPatient(undefined, { takeUpdate: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.replace(window.location.pathname);
}

interface SettingsProps {
  open: boolean;
  locale: Locale;
  onClose: () => void;
  /** Offers the doctor's tools for this visit and opens them (the settings close). */
  onOpenDoctorTools: () => void;
}

/**
 * The clinic's settings, reached by the hidden gesture only: the idle time, the doctor's tools for this visit, the
 * version with whether a new one waits for the next reset, and leaving kiosk mode (confirmed).
 */
export function KioskSettingsDialog({ open, locale, onClose, onOpenDoctorTools }: SettingsProps): JSX.Element {
  const settings = useKiosk((s) => s.settings);
  const updateWaiting = useAppUpdate((s) => s.apply !== null);
  const [confirming, setConfirming] = useState(false);
  const words = KIOSK_TEXT[locale].settings;
  const close = () => {
    setConfirming(false);
    onClose();
  };
  const openDoctorTools = () => {
    setConfirming(false);
    onOpenDoctorTools();
  };
  const chooseIdle = (minutes: number) => {
    const next = { ...settings, idleSeconds: minutes * 60 };
    writeKioskSettings(deviceStorage(), next);
    useKiosk.setState({ settings: next });
  };
  return (
    <StoryDialog open={open} title={words.title} closeLabel={words.close} onClose={close}>
      <div className="kiosk-settings" data-kiosk="settings">
        <p className="kiosk-settings__label">{words.idleLabel}</p>
        <div className="kiosk-settings__choices" role="group" aria-label={words.idleLabel}>
          {IDLE_MINUTE_CHOICES.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className="story-button"
              data-idle-minutes={minutes}
              aria-pressed={settings.idleSeconds === minutes * 60}
              onClick={() => chooseIdle(minutes)}
            >
              {fillTemplate(words.idleChoice, { minutes })}
            </button>
          ))}
        </div>
        <p className="kiosk-settings__hint">{words.doctorToolsHint}</p>
        <button type="button" className="story-button" data-action="open-doctor-tools" onClick={openDoctorTools}>
          {words.doctorTools}
        </button>
        <p className="kiosk-settings__version" data-kiosk="version" data-update-waiting={updateWaiting}>
          {fillTemplate(uiText(locale).version, { version: APP_VERSION })}
          <br />
          {updateWaiting ? words.updateWaiting : words.noUpdateWaiting}
        </p>
        <p className="kiosk-settings__hint">{words.gestureHint}</p>
        {confirming ? (
          <div className="kiosk-settings__confirm" role="alert">
            <p>{words.leaveConfirm}</p>
            <button type="button" className="story-button story-button--alert" data-action="leave-kiosk" onClick={leaveKiosk}>
              {words.leaveYes}
            </button>
            <button type="button" className="story-button" onClick={() => setConfirming(false)}>
              {words.cancel}
            </button>
          </div>
        ) : (
          <button type="button" className="story-button" data-action="ask-leave-kiosk" onClick={() => setConfirming(true)}>
            {words.leave}
          </button>
        )}
      </div>
    </StoryDialog>
  );
}
