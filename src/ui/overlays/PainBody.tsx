import { useId } from 'react';
import type { OverlaysText } from '../../content/overlays.zh-TW';
import { BODY_OUTLINE, BODY_VIEWBOX, KNEE_Y, PAIN_AREAS, PAIN_PATTERNS, PAIN_STYLE, type PainPattern } from './painMapShapes';

/** SVG fill patterns: each area has its own texture as well as its own colour. */
export function PainPatternDefs({ prefix }: { prefix: string }) {
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

/** A pattern's swatch for a key, filled like its area on the body. */
export function PainSwatch({ prefix, pattern }: { prefix: string; pattern: PainPattern }) {
  return (
    <svg className="overlay-pain__swatch" viewBox="0 0 10 10" aria-hidden>
      <rect width="10" height="10" fill={`url(#${prefix}-${pattern})`} stroke={PAIN_STYLE[pattern].colour} />
    </svg>
  );
}

interface Props {
  text: OverlaysText['referredPain'];
  /** Patterns the reader has switched off. */
  hidden: ReadonlySet<PainPattern>;
  /** Prefix of the fill patterns' ids (one per page part that draws them). */
  prefix: string;
  className: string;
}

/** The body seen from behind, head to feet, with the pain areas, the knee line and the sides. */
export function PainBody({ text, hidden, prefix, className }: Props) {
  return (
    <svg className={className} viewBox={`0 0 ${BODY_VIEWBOX.width} ${BODY_VIEWBOX.height}`} role="img" aria-label={text.bodyLabel}>
      <PainPatternDefs prefix={prefix} />
      <path d={BODY_OUTLINE} className="overlay-pain__outline" />
      {PAIN_PATTERNS.filter((p) => !hidden.has(p)).map((pattern) =>
        PAIN_AREAS[pattern].map((d, i) => (
          <path key={`${pattern}-${i}`} d={d} fill={`url(#${prefix}-${pattern})`} stroke={PAIN_STYLE[pattern].colour} strokeWidth="0.4" data-pattern={pattern} />
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
  );
}

/** A fresh prefix for one drawing's fill patterns. */
export function usePainPrefix(): string {
  return useId().replace(/:/g, '');
}

/** The fill patterns alone, for swatches drawn where no body is (a zero-size drawing: hidden ones would not paint). */
export function PainPatternSvgDefs({ prefix }: { prefix: string }) {
  return (
    <svg className="overlay-pain__defs" width="0" height="0" aria-hidden>
      <PainPatternDefs prefix={prefix} />
    </svg>
  );
}
