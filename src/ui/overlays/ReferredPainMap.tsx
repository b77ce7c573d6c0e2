import { useState } from 'react';
import type { OverlaysText } from '../../content/overlays.zh-TW';
import { PainBody, PainPatternSvgDefs, PainSwatch, usePainPrefix } from './PainBody';
import { PAIN_PATTERNS, type PainPattern } from './painMapShapes';
import './overlays.css';

/** Which patterns the reader has switched off, and the switch. */
export function usePainToggles(): [ReadonlySet<PainPattern>, (pattern: PainPattern) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<PainPattern>>(new Set());
  const toggle = (pattern: PainPattern) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(pattern)) next.delete(pattern);
      else next.add(pattern);
      return next;
    });
  return [hidden, toggle];
}

interface Props {
  text: OverlaysText['referredPain'];
  hidden: ReadonlySet<PainPattern>;
  onToggle: (pattern: PainPattern) => void;
  /** False where the body is drawn apart from the legend (PainMapDock), so it shows whole while the legend is folded. */
  withBody: boolean;
}

/** Where facet pain is felt, against nerve-root, sacroiliac and muscle pain: a back view with a toggle per pattern. */
export function ReferredPainMap({ text, hidden, onToggle, withBody }: Props) {
  const prefix = usePainPrefix();
  return (
    <figure className="overlay-pain">
      <figcaption className="overlay-pain__title">{text.title}</figcaption>
      <div className="overlay-pain__layout">
        {withBody ? <PainBody text={text} hidden={hidden} prefix={prefix} className="overlay-pain__body" /> : <PainPatternSvgDefs prefix={prefix} />}
        <ul className="overlay-pain__keys">
          {PAIN_PATTERNS.map((pattern) => (
            <li key={pattern}>
              <button
                type="button"
                className="overlay-pain__toggle"
                aria-pressed={!hidden.has(pattern)}
                title={text.toggleLabel}
                onClick={() => onToggle(pattern)}
              >
                <PainSwatch prefix={prefix} pattern={pattern} />
                <span>
                  <strong>{text.patterns[pattern].name}</strong>
                  <span className="overlay-pain__note">{text.patterns[pattern].note}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
