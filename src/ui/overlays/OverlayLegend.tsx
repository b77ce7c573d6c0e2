import { useCallback, useMemo, useRef } from 'react';
import { lstvVariant } from '../../biomech/lstv';
import type { Locale } from '../../content/locale';
import type { OverlaysText } from '../../content/overlays.zh-TW';
import { fillTemplate } from '../../content/template';
import { MEDIAL_BRANCH } from '../../procedures/data';
import { INFLAMMATION_COLOURS, NEEDLE_COLOURS, TRIPOD_COLOURS } from '../../scene/overlays/palette';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../../story/sceneState';
import type { Posture } from '../../state/posture';
import { usePostureWriter, writeText } from '../usePostureWriter';
import {
  isNeedleOverlay,
  legendOverlays,
  needleGuidance,
  needleLines,
  TRIPOD_LEGS,
  tripodLegend,
  type LegendOverlay,
} from './legendModel';
import { overlaysText } from './overlayText';
import { PainMapDock } from './PainMapDock';
import type { PainPattern } from './painMapShapes';
import { ReferredPainMap, usePainToggles } from './ReferredPainMap';
import { useCompactLayout } from './useCompactLayout';
import './overlays.css';

interface Props {
  state: SceneState;
  locale: Locale;
}

/**
 * A compact legend for whichever overlays the scene shows; nothing when none are on. It is a disclosure: open on
 * a tablet, folded to one line on a phone, where it would otherwise cover the small 3D view. There the referred-pain
 * body map, the point of its steps, is docked beside the scene instead, whole.
 */
export function OverlayLegend({ state, locale }: Props) {
  const compact = useCompactLayout();
  const text = overlaysText(locale);
  const shown = legendOverlays(state);
  const [hiddenPain, togglePain] = usePainToggles();
  if (shown.length === 0) return null;
  const docked = compact && shown.includes('referred-pain');
  const pain = { hidden: hiddenPain, onToggle: togglePain, withBody: !docked };
  return (
    <>
      {/* Re-mounted when the layout changes so it opens or folds to suit it; in between, the user decides. */}
      <details key={compact ? 'compact' : 'wide'} className={`overlay-legend${docked ? ' overlay-legend--docked' : ''}`} open={!compact} lang={locale} data-obstacle>
      <summary className="overlay-legend__summary">
        <span className="overlay-legend__label">{text.legendLabel}</span> {shown.map((name) => text.names[name]).join(' · ')}
      </summary>
      {shown.map((name) => (
        <section key={name} className="overlay-legend__section" data-overlay={name}>
          <h3 className="overlay-legend__title">{text.names[name]}</h3>
          <p className="overlay-legend__text">{text.descriptions[name]}</p>
            <LegendBody name={name} state={state} text={text} pain={pain} />
          </section>
        ))}
      </details>
      {docked && <PainMapDock text={text.referredPain} hidden={hiddenPain} />}
    </>
  );
}

interface PainProps {
  hidden: ReadonlySet<PainPattern>;
  onToggle: (pattern: PainPattern) => void;
  withBody: boolean;
}

function LegendBody({ name, state, text, pain }: { name: LegendOverlay; state: SceneState; text: OverlaysText; pain: PainProps }) {
  if (name === 'tripod-loads') return <TripodBars state={state} text={text} />;
  if (name === 'inflammation') return <InflammationKey text={text} />;
  if (name === 'referred-pain') return <ReferredPainMap text={text.referredPain} {...pain} />;
  if (!isNeedleOverlay(name)) return null;
  const procedure = name.replace('needle-', '') as keyof typeof NEEDLE_COLOURS.hub;
  return (
    <>
      <ul className="overlay-legend__needles">
        {needleLines(name, state, text).map((line) => (
          <li key={line}>
            <span className="overlay-swatch overlay-swatch--hub" style={{ background: NEEDLE_COLOURS.hub[procedure] }} aria-hidden />
            {line}
          </li>
        ))}
      </ul>
      {name === 'needle-radiofrequency' && (
        <p className="overlay-legend__note">
          <span className="overlay-swatch overlay-swatch--glow" style={{ background: NEEDLE_COLOURS.lesion }} aria-hidden />
          {fillTemplate(text.lesion, { min: MEDIAL_BRANCH.lesionRadiusMinMm, max: MEDIAL_BRANCH.lesionRadiusMaxMm })}
        </p>
      )}
      {name !== 'needle-radiofrequency' && (
        <p className="overlay-legend__note">
          <span className="overlay-swatch overlay-swatch--glow" style={{ background: NEEDLE_COLOURS.injectate }} aria-hidden />
          {text.injectate}
        </p>
      )}
      <p className="overlay-legend__guidance">
        <strong>{text.guidanceLabel}:</strong> {text.guidance[needleGuidance(name)]}
      </p>
    </>
  );
}

function InflammationKey({ text }: { text: OverlaysText }) {
  return (
    <ul className="overlay-legend__keys">
      <li>
        <span className="overlay-swatch overlay-swatch--glow" style={{ background: INFLAMMATION_COLOURS.capsule }} aria-hidden />
        {text.inflammationKey.capsule}
      </li>
      <li>
        <span className="overlay-swatch overlay-swatch--spark" style={{ background: INFLAMMATION_COLOURS.nerve }} aria-hidden />
        {text.inflammationKey.nerve}
      </li>
    </ul>
  );
}

/** The bars follow the animated posture in place: nothing re-renders while the spine moves. */
function TripodBars({ state, text }: { state: SceneState; text: OverlaysText }) {
  const segment = state.focus[0] ?? DEFAULT_FOCUS_SEGMENT;
  const lstv = useMemo(() => lstvVariant(state.variants), [state.variants]);
  const figure = useRef<HTMLElement>(null);
  const show = useCallback(
    (posture: Posture) => {
      const legend = tripodLegend(segment, posture, lstv);
      const node = figure.current;
      if (!node) return;
      for (const bar of legend.bars) {
        const row = node.querySelector<HTMLElement>(`[data-leg="${bar.leg}"]`);
        row?.querySelector<HTMLElement>('.overlay-tripod__bar')?.style.setProperty('width', `${(bar.fraction * 100).toFixed(1)}%`);
        writeText(row?.querySelector('.overlay-tripod__value'), fillTemplate(text.tripod.newtons, { value: Math.round(bar.forceN) }));
      }
      writeText(node.querySelector('.overlay-tripod__share'), fillTemplate(text.tripod.share, { percent: legend.sharePercent }));
      const warning = node.querySelector<HTMLElement>('.overlay-tripod__warning');
      if (warning) warning.hidden = !legend.impingementWarning;
    },
    [segment, lstv, text],
  );
  usePostureWriter(show);
  const legName = { disc: text.tripod.disc, leftFacet: text.tripod.leftFacet, rightFacet: text.tripod.rightFacet };
  return (
    <figure ref={figure} className="overlay-tripod">
      <figcaption className="overlay-tripod__caption">{fillTemplate(text.tripod.title, { segment })}</figcaption>
      <dl className="overlay-tripod__bars">
        {TRIPOD_LEGS.map((leg) => (
          <div key={leg} className="overlay-tripod__row" data-leg={leg}>
            <dt>{legName[leg]}</dt>
            <dd>
              <span className="overlay-tripod__track">
                <span className={`overlay-tripod__bar overlay-tripod__bar--${leg}`} style={{ background: TRIPOD_COLOURS[leg] }} />
              </span>
              <span className="overlay-tripod__value" />
            </dd>
          </div>
        ))}
      </dl>
      <p className="overlay-tripod__share" />
      <p className="overlay-tripod__warning" hidden>
        {text.tripod.impingement}
      </p>
      <p className="overlay-legend__note">{text.tripod.scaleNote}</p>
    </figure>
  );
}
