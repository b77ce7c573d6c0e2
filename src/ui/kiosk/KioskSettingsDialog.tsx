import { useState, type JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import type { Locale } from '../../content/locale';
import { fillTemplate } from '../../content/template';
import { useKiosk } from '../../state/kiosk';
import { clearKioskSettings, deviceStorage, writeKioskSettings } from '../../state/kioskSettings';
import { resetForNextPatient } from '../../state/visitReset';
import { IDLE_MINUTE_CHOICES } from '../../story/kioskSettings';
import { StoryDialog } from '../story/StoryDialog';

/** Turns the tablet back into a plain page: settings gone, the visit cleared, full screen left, the page reloaded. */
function leaveKiosk(): void {
  clearKioskSettings(deviceStorage());
  resetForNextPatient();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.replace(window.location.pathname);
}

/** The clinic's settings, reached by the hidden gesture only: the idle time, and leaving kiosk mode (confirmed). */
export function KioskSettingsDialog({ open, locale, onClose }: { open: boolean; locale: Locale; onClose: () => void }): JSX.Element {
  const settings = useKiosk((s) => s.settings);
  const [confirming, setConfirming] = useState(false);
  const words = KIOSK_TEXT[locale].settings;
  const close = () => {
    setConfirming(false);
    onClose();
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
