import { SEGMENTS, type Segment } from '../anatomy/levels';
import { segmentMechanics } from '../biomech/facetLoad';
import { lstvVariant, type LstvVariant } from '../biomech/lstv';
import { A11Y_TEXT } from '../content/a11y';
import { fillTemplate } from '../content/template';
import type { UiText } from '../content/ui.zh-TW';
import { holdTrunkAngle } from '../state/posture';
import { useExplainer } from '../state/store';
import type { SceneState } from '../story/sceneState';
import { onRadioGroupKeyDown, radioTabIndex } from './radioGroupKeys';
import { usePosture } from './usePosture';

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

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

function angleLabel(text: UiText['motion'], deg: number): string {
  if (Math.abs(deg) < 0.5) return text.neutral;
  const template = deg > 0 ? text.extensionValue : text.flexionValue;
  return template.replace('{deg}', Math.abs(Math.round(deg)).toString());
}

/**
 * Bend the spine, flatten a disc, pick a level, and read the loads that follow. The sliders and readouts follow the
 * animated posture (posture.ts), so a drag or the looped lean-back re-renders only them.
 */
export function PostureControls({ text, state, segment, onClose }: Props) {
  const actions = useExplainer.getState();
  const looping = state.motion.loop !== 'none';
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
      <PostureReadouts text={text} segment={segment} lstv={lstvVariant(state.variants)} />
      <p className="posture-controls__caveat">{text.caveat}</p>
    </div>
  );
}

/** The trunk angle: set by the hand, and following the looped lean-back while it runs. */
function TrunkSlider({ text, onHold }: { text: UiText['motion']; onHold: (deg: number) => void }) {
  const { trunkDeg } = usePosture();
  const locale = useExplainer((s) => s.locale);
  return (
    <label className="posture-controls__slider">
      <span>
        {text.extension}: <strong>{angleLabel(text, trunkDeg)}</strong>
      </span>
      <input
        type="range"
        min={FLEXION_MIN_DEG}
        max={EXTENSION_MAX_DEG}
        step={1}
        value={Math.round(trunkDeg)}
        aria-label={A11Y_TEXT[locale].trunkSlider}
        aria-valuetext={angleLabel(text, trunkDeg)}
        data-control="extension"
        onChange={(e) => onHold(Number(e.currentTarget.value))}
      />
    </label>
  );
}

function DiscLossSlider({ text, segment }: { text: UiText['motion']; segment: Segment }) {
  const loss = usePosture().discHeightLoss[segment] ?? 0;
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

/** The segment's angle, loads and pressure in the animated posture. */
function PostureReadouts({ text, segment, lstv }: { text: UiText['motion']; segment: Segment; lstv: LstvVariant | undefined }) {
  const posture = usePosture();
  const { angleDeg, loads, pressureMPa } = segmentMechanics(segment, posture.trunkDeg, posture.discHeightLoss, lstv);
  return (
    <>
      <dl className="posture-controls__readouts" data-readouts={segment}>
        <dt>{text.segmentAngle}</dt>
        <dd data-readout="angle">{`${angleDeg >= 0 ? '+' : ''}${angleDeg.toFixed(1)}°`}</dd>
        <dt>{text.facetShare}</dt>
        <dd data-readout="share">{percent(loads.share)}</dd>
        <dt>{text.facetForce}</dt>
        <dd data-readout="facet-force">{`${Math.round(loads.leftFacetN + loads.rightFacetN)} N`}</dd>
        <dt>{text.discForce}</dt>
        <dd>{`${Math.round(loads.discN)} N`}</dd>
        <dt>{text.pressure}</dt>
        <dd data-readout="pressure">{`${pressureMPa.toFixed(1)} MPa`}</dd>
      </dl>
      {loads.impingementWarning && <p className="posture-controls__warning">{text.impingement}</p>}
    </>
  );
}
