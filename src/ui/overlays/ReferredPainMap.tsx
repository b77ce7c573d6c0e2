import { useId, useState } from 'react';
import type { OverlaysText } from '../../content/overlays.zh-TW';
import { BODY_OUTLINE, BODY_VIEWBOX, KNEE_Y, PAIN_AREAS, PAIN_PATTERNS, PAIN_STYLE, type PainPattern } from './painMapShapes';
import './overlays.css';

interface Props {
  text: OverlaysText['referredPain'];
}

/** SVG fill patterns: each area has its own texture as well as its own colour. */
function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {PAIN_PATTERNS.map((pattern) => {
        const { colour, fill } = PAIN_STYLE[pattern];
        const id = `${prefix}-${pattern}`;
        return (
          <pattern key={pattern} id={id} width="2.4" height="2.4" patternUnits="userSpaceOnUse">
            <rect width="2.4" height="2.4" fill={colour} fillOpacity={fill === 'solid' ? 0.75 : 0.35} />
            {fill === 'hatch' && <path d="M-0.6 0.6 L0.6 -0.6 M0 2.4 L2.4 0 M1.8 3 L3 1.8" stroke={colour} strokeWidth="0.5" />}
            {fill === 'cross' && <path d="M0 0 L2.4 2.4 M2.4 0 L0 2.4" stroke={colour} strokeWidth="0.45" />}
            {fill === 'dots' && <circle cx="1.2" cy="1.2" r="0.6" fill={colour} />}
            {fill === 'dash' && <path d="M0 1.2 H1.4" stroke={colour} strokeWidth="0.6" />}
            {fill === 'zigzag' && <path d="M0 1.8 L0.6 0.6 L1.2 1.8 L1.8 0.6 L2.4 1.8" stroke={colour} strokeWidth="0.4" fill="none" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/** Where facet pain is felt, against nerve-root, sacroiliac and muscle pain: a back view with a toggle per pattern. */
export function ReferredPainMap({ text }: Props) {
  const prefix = useId().replace(/:/g, '');
  const [hidden, setHidden] = useState<ReadonlySet<PainPattern>>(new Set());
  const toggle = (pattern: PainPattern) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(pattern)) next.delete(pattern);
      else next.add(pattern);
      return next;
    });

  return (
    <figure className="overlay-pain">
      <figcaption className="overlay-pain__title">{text.title}</figcaption>
      <div className="overlay-pain__layout">
        <svg
          className="overlay-pain__body"
          viewBox={`0 0 ${BODY_VIEWBOX.width} ${BODY_VIEWBOX.height}`}
          role="img"
          aria-label={text.bodyLabel}
        >
          <PatternDefs prefix={prefix} />
          <path d={BODY_OUTLINE} className="overlay-pain__outline" />
          {PAIN_PATTERNS.filter((p) => !hidden.has(p)).map((pattern) =>
            PAIN_AREAS[pattern].map((d, i) => (
              <path
                key={`${pattern}-${i}`}
                d={d}
                fill={`url(#${prefix}-${pattern})`}
                stroke={PAIN_STYLE[pattern].colour}
                strokeWidth="0.4"
                data-pattern={pattern}
              />
            )),
          )}
          <line x1="30" x2="70" y1={KNEE_Y} y2={KNEE_Y} className="overlay-pain__knee" />
          <text x="71" y={KNEE_Y + 2} className="overlay-pain__label">
            {text.kneeLine}
          </text>
          <text x="2" y="10" className="overlay-pain__label">
            {text.left}
          </text>
          <text x="88" y="10" className="overlay-pain__label">
            {text.right}
          </text>
        </svg>
        <ul className="overlay-pain__keys">
          {PAIN_PATTERNS.map((pattern) => (
            <li key={pattern}>
              <button
                type="button"
                className="overlay-pain__toggle"
                aria-pressed={!hidden.has(pattern)}
                title={text.toggleLabel}
                onClick={() => toggle(pattern)}
              >
                <svg className="overlay-pain__swatch" viewBox="0 0 10 10" aria-hidden>
                  <rect width="10" height="10" fill={`url(#${prefix}-${pattern})`} stroke={PAIN_STYLE[pattern].colour} />
                </svg>
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
