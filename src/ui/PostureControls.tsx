import { Fragment, useCallback, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { SEGMENTS, type Segment } from '../anatomy/levels';
import { lstvVariant, type LstvVariant } from '../biomech/lstv';
import { A11Y_TEXT } from '../content/a11y';
import { fillTemplate } from '../content/template';
import type { UiText } from '../content/ui.zh-TW';
import { holdTrunkAngle, postureStore, type Posture } from '../state/posture';
import { useExplainer } from '../state/store';
import type { SceneState } from '../story/sceneState';
import { percent, postureReadout, type ReadoutKey } from './postureReadout';
import { onRadioGroupKeyDown, radioTabIndex } from './radioGroupKeys';
import { usePostureWriter, writeText } from './usePostureWriter';

interface Props {
  text: UiText['motion'];
  state: SceneState;
  /** The segment the controls and readouts talk about. */
  segment: Segment;
  onClose: () => void;
}

/** Trunk angle range of the slider, degrees: the lumbar flexion range forward, the extension range back. */
const FLEXION_MIN_DEG = -45;
const EXTENSION_MAX_DEG = 20;
const MAX_DISC_LOSS = 0.5;

function angleLabel(text: UiText['motion'], deg: number): string {
  if (Math.abs(deg) < 0.5) return text.neutral;
  const template = deg > 0 ? text.extensionValue : text.flexionValue;
  return template.replace('{deg}', Math.abs(Math.round(deg)).toString());
}

/**
 * Bend the spine, flatten a disc, pick a level, and read the loads that follow. The trunk slider and the readouts
 * follow the animated posture (posture.ts) in place, so a drag or the looped lean-back renders no React.
 */
export function PostureControls({ text, state, segment, onClose }: Props) {
  const actions = useExplainer.getState();
  const looping = state.motion.loop !== 'none';
  const lstv = useMemo(() => lstvVariant(state.variants), [state.variants]);
  const holdAngle = (deg: number) => {
    holdTrunkAngle(deg);
    if (looping) actions.setLoop('none');
  };

  return (
    <div className="side-panel posture-controls" role="group" aria-label={text.title} data-obstacle>
      <div className="panel-head">
        <h2>{text.title}</h2>
        <button type="button" className="tool-button" onClick={onClose}>
          {text.close}
        </button>
      </div>
      <div className="posture-controls__inputs">
        <TrunkSlider text={text} onHold={holdAngle} />
        <div className="posture-controls__row">
          <button
            type="button"
            className="tool-button"
            data-control="lean-back"
            aria-pressed={looping}
            onClick={() => actions.setLoop(looping ? 'none' : 'lean-back')}
          >
            {looping ? text.stop : text.leanBack}
          </button>
        </div>
        <div className="posture-controls__row" role="radiogroup" aria-label={text.level} onKeyDown={onRadioGroupKeyDown}>
          {SEGMENTS.map((s, index) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={s === segment}
              tabIndex={radioTabIndex(s === segment, index, SEGMENTS.includes(segment))}
              className="tool-button"
              onClick={() => actions.setFocusSegment(s)}
            >
              {s}
            </button>
          ))}
        </div>
        <DiscLossSlider text={text} segment={segment} />
      </div>
      <PostureReadouts text={text} segment={segment} lstv={lstv} />
      <p className="posture-controls__caveat">{text.caveat}</p>
    </div>
  );
}

/** The trunk angle: set by the hand, and following the looped lean-back while it runs. */
function TrunkSlider({ text, onHold }: { text: UiText['motion']; onHold: (deg: number) => void }) {
  const locale = useExplainer((s) => s.locale);
  const input = useRef<HTMLInputElement>(null);
  const value = useRef<HTMLElement>(null);
  const show = useCallback(
    ({ trunkDeg }: Posture) => {
      const label = angleLabel(text, trunkDeg);
      writeText(value.current, label);
      if (!input.current) return;
      input.current.value = String(Math.round(trunkDeg));
      input.current.setAttribute('aria-valuetext', label);
    },
    [text],
  );
  usePostureWriter(show);
  return (
    <label className="posture-controls__slider">
      <span>
        {text.extension}: <strong ref={value} />
      </span>
      <input
        ref={input}
        type="range"
        min={FLEXION_MIN_DEG}
        max={EXTENSION_MAX_DEG}
        step={1}
        aria-label={A11Y_TEXT[locale].trunkSlider}
        data-control="extension"
        onChange={(e) => onHold(Number(e.currentTarget.value))}
      />
    </label>
  );
}

function DiscLossSlider({ text, segment }: { text: UiText['motion']; segment: Segment }) {
  const loss = useStore(postureStore, (state) => state.posture.discHeightLoss[segment] ?? 0);
  const locale = useExplainer((s) => s.locale);
  return (
    <label className="posture-controls__slider">
      <span>
        {text.discLoss} ({segment}): <strong>{percent(loss)}</strong>
      </span>
      <input
        type="range"
        min={0}
        max={MAX_DISC_LOSS}
        step={0.05}
        value={loss}
        aria-label={fillTemplate(A11Y_TEXT[locale].discSlider, { segment })}
        aria-valuetext={percent(loss)}
        data-control="disc-loss"
        onChange={(e) => useExplainer.getState().setDiscLoss(segment, Number(e.currentTarget.value))}
      />
    </label>
  );
}

/** Each readout's label in the controls' text. */
const READOUT_LABELS: readonly (readonly [ReadoutKey, keyof UiText['motion']])[] = [
  ['angle', 'segmentAngle'],
  ['share', 'facetShare'],
  ['facet-force', 'facetForce'],
  ['disc-force', 'discForce'],
  ['pressure', 'pressure'],
];

/** The segment's angle, loads and pressure in the animated posture, written in place as it moves. */
function PostureReadouts({ text, segment, lstv }: { text: UiText['motion']; segment: Segment; lstv: LstvVariant | undefined }) {
  const values = useRef(new Map<ReadoutKey, HTMLElement>());
  const warning = useRef<HTMLParagraphElement>(null);
  const show = useCallback(
    (posture: Posture) => {
      const readout = postureReadout(segment, posture, lstv);
      for (const [key, node] of values.current) writeText(node, readout.values[key]);
      if (warning.current) warning.current.hidden = !readout.impingement;
    },
    [segment, lstv],
  );
  usePostureWriter(show);
  return (
    <>
      <dl className="posture-controls__readouts" data-readouts={segment}>
        {READOUT_LABELS.map(([key, label]) => (
          <Fragment key={key}>
            <dt>{text[label]}</dt>
            <dd ref={(node) => void (node ? values.current.set(key, node) : values.current.delete(key))} data-readout={key} />
          </Fragment>
        ))}
      </dl>
      <p ref={warning} className="posture-controls__warning" hidden>
        {text.impingement}
      </p>
    </>
  );
}
