import type { Locale } from '../../content/locale';
import { PANEL_TEXT } from '../../content/story';

/** The warning signs that need a doctor now: used in the red-flags step and in the always-available dialog. */
export function RedFlagList({ locale }: { locale: Locale }) {
  const text = PANEL_TEXT[locale].redFlags;
  return (
    <div className="story-red-flags">
      <p>{text.intro}</p>
      <ul className="story-red-flags__list">
        {Object.entries(text.items).map(([id, item]) => (
          <li key={id}>{item}</li>
        ))}
      </ul>
      <p className="story-red-flags__action">{text.action}</p>
    </div>
  );
}
