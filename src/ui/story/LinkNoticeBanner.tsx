import type { Locale } from '../../content/locale';
import { PANEL_TEXT, type NoticeKey } from '../../content/story';

interface LinkNoticeBannerProps {
  locale: Locale;
  notices: readonly NoticeKey[];
  onDismiss?: () => void;
}

/** What was wrong with the address (a bad step, malformed findings, an unknown language), until dismissed. */
export function LinkNoticeBanner({ locale, notices, onDismiss }: LinkNoticeBannerProps) {
  if (notices.length === 0) return null;
  const panel = PANEL_TEXT[locale];
  return (
    <div className="story-notice" role="status">
      <div className="story-notice__text">
        {notices.map((key) => (
          <p key={key}>{panel.notices[key]}</p>
        ))}
      </div>
      <button type="button" className="story-button" onClick={onDismiss}>
        {panel.dismiss}
      </button>
    </div>
  );
}
