import type { JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import type { Locale } from '../../content/locale';
import { TEXT_SIZE_PERCENT, useKiosk, type TextSizeStep } from '../../state/kiosk';

/** Three text sizes for the visit, each button drawn in its own size (the reset goes back to the first). */
export function TextSizeButtons({ locale }: { locale: Locale }): JSX.Element {
  const textSize = useKiosk((s) => s.textSize);
  const words = KIOSK_TEXT[locale].textSize;
  return (
    <div className="kiosk-text-size" role="group" aria-label={words.label}>
      {TEXT_SIZE_PERCENT.map((percent, step) => (
        <button
          key={percent}
          type="button"
          className="story-button kiosk-text-size__button"
          data-text-size={step}
          aria-pressed={textSize === step}
          style={{ fontSize: `${0.85 + step * 0.2}rem` }}
          onClick={() => useKiosk.setState({ textSize: step as TextSizeStep })}
        >
          {words.steps[step]}
        </button>
      ))}
    </div>
  );
}
