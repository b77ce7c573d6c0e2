import type { JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import { uiText } from '../../content/ui';

/**
 * The screen a waiting tablet shows: the real scene turning slowly behind (the camera orbits while this shows, unless
 * the device asks for reduced motion), the app's name and one line in both languages, and "tap to start". A tap
 * anywhere starts.
 */
export function AttractScreen({ onStart }: { onStart: () => void }): JSX.Element {
  return (
    <div className="kiosk-attract" data-kiosk="attract" role="button" tabIndex={0} onClick={onStart} onKeyDown={(event) => event.key === 'Enter' && onStart()}>
      <div className="kiosk-attract__card">
        <h1 className="kiosk-attract__title" lang="zh-TW">
          {uiText('zh-TW').appTitle}
        </h1>
        <p className="kiosk-attract__line" lang="zh-TW">
          {KIOSK_TEXT['zh-TW'].attract.line}
        </p>
        <p className="kiosk-attract__title kiosk-attract__title--second" lang="en">
          {uiText('en').appTitle}
        </p>
        <p className="kiosk-attract__line" lang="en">
          {KIOSK_TEXT.en.attract.line}
        </p>
        <p className="kiosk-attract__tap">
          <span className="kiosk-attract__pulse" aria-hidden="true" />
          <span lang="zh-TW">{KIOSK_TEXT['zh-TW'].attract.tap}</span>
          <span lang="en">{KIOSK_TEXT.en.attract.tap}</span>
        </p>
      </div>
    </div>
  );
}
