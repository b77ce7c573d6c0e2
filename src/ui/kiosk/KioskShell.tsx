import { useCallback, useEffect, useState, type JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import { fillTemplate } from '../../content/template';
import { TEXT_SIZE_PERCENT, useKiosk } from '../../state/kiosk';
import { useExplainer } from '../../state/store';
import { StoryDialog } from '../story/StoryDialog';
import { AttractScreen } from './AttractScreen';
import { KioskSettingsDialog } from './KioskSettingsDialog';
import { useIdle } from './useIdle';
import { useLinkGuard, useLongPress } from './useKioskGuards';
import { useWakeLock } from './useWakeLock';
import './kiosk.css';

/** The clinic's hidden gesture: a press held this long on the version at the foot of the contents. */
const SETTINGS_HOLD_MS = 3000;
const VERSION_SELECTOR = '.story-contents__version';

/** The first tap: full screen where the browser allows it (it needs this gesture), the step's own view again. */
function startVisit(): void {
  const root = document.documentElement;
  if (document.fullscreenEnabled && !document.fullscreenElement) void root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  useKiosk.setState({ attract: false });
  useExplainer.getState().resetView();
}

/**
 * The doctor's tools for this visit, opened from the clinic settings: the contents the settings were reached from
 * close too (their native dialog's close tells the story panel), so the tools' panel shows at once.
 */
function openDoctorTools(): void {
  useKiosk.setState({ doctorTools: true });
  document.querySelector(VERSION_SELECTOR)?.closest('dialog')?.close();
}

/**
 * Everything the clinic tablet adds around the explainer: the attract screen, the idle question and the reset for
 * the next patient, the kept-awake screen, links that never leave the app, the visit's text size and the clinic's
 * settings behind a long press on the version.
 */
export function KioskShell(): JSX.Element {
  const locale = useExplainer((s) => s.locale);
  const attract = useKiosk((s) => s.attract);
  const settings = useKiosk((s) => s.settings);
  const textSize = useKiosk((s) => s.textSize);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const phase = useIdle(!attract && !settingsOpen, settings);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useWakeLock(true);
  useLinkGuard();
  useLongPress(VERSION_SELECTOR, SETTINGS_HOLD_MS, openSettings);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.kiosk = attract ? 'attract' : 'visit';
    root.dataset.textSize = String(textSize);
    root.style.fontSize = textSize === 0 ? '' : `${TEXT_SIZE_PERCENT[textSize]}%`;
  }, [attract, textSize]);

  const words = KIOSK_TEXT[locale].idle;
  return (
    <>
      {attract && <AttractScreen onStart={startVisit} />}
      <div className="kiosk-dialogs">
      <StoryDialog open={phase.name === 'question'} title={words.title} closeLabel={words.stay} onClose={() => undefined}>
        <div className="kiosk-idle" data-kiosk="idle-question">
          <p className="kiosk-idle__countdown" aria-live="polite">
            {phase.name === 'question' ? phase.secondsLeft : ''}
          </p>
          <p>{fillTemplate(words.body, { seconds: phase.name === 'question' ? phase.secondsLeft : settings.questionSeconds })}</p>
          <button type="button" className="story-button kiosk-idle__stay">
            {words.stay}
          </button>
        </div>
      </StoryDialog>
      <KioskSettingsDialog
        open={settingsOpen}
        locale={locale}
        onClose={() => setSettingsOpen(false)}
        onOpenDoctorTools={() => {
          setSettingsOpen(false);
          openDoctorTools();
        }}
      />
      </div>
    </>
  );
}
