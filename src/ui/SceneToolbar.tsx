import { CAMERA_PRESETS, type CameraPreset } from '../story/sceneState';
import type { UiText } from '../content/ui.zh-TW';

interface Props {
  text: UiText;
  activeView: CameraPreset | null;
  xray: boolean;
  onView: (preset: CameraPreset) => void;
  onReset: () => void;
  onXray: (on: boolean) => void;
  labelsShown: boolean;
  onLabels: (shown: boolean) => void;
  onToggleLocale: () => void;
  controlsOpen: boolean;
  onToggleControls: () => void;
  findingsLabel: string;
  findingsOpen: boolean;
  onToggleFindings: () => void;
}

/** View presets, reset, the posture and findings controls, x-ray and language: large touch targets over the scene. */
export function SceneToolbar(props: Props) {
  const { text, activeView, xray, onView, onReset, onXray, onToggleLocale, controlsOpen, onToggleControls } = props;
  const { findingsLabel, findingsOpen, onToggleFindings, labelsShown, onLabels } = props;
  return (
    <div className="scene-toolbar">
      <div className="scene-toolbar__group" role="group" aria-label={text.views.label} data-obstacle>
        {CAMERA_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="tool-button"
            data-view={preset}
            aria-pressed={activeView === preset}
            onClick={() => onView(preset)}
          >
            {text.views[preset]}
          </button>
        ))}
        <button type="button" className="tool-button" data-action="reset" onClick={onReset}>
          {text.views.reset}
        </button>
      </div>
      <div className="scene-toolbar__group" data-obstacle>
        <button
          type="button"
          className="tool-button"
          data-action="motion"
          aria-pressed={controlsOpen}
          onClick={onToggleControls}
        >
          {controlsOpen ? text.motion.close : text.motion.open}
        </button>
        <button type="button" className="tool-button" data-action="findings" aria-pressed={findingsOpen} onClick={onToggleFindings}>
          {findingsLabel}
        </button>
        <button type="button" className="tool-button" data-action="xray" aria-pressed={xray} onClick={() => onXray(!xray)}>
          {xray ? text.xrayOff : text.xray}
        </button>
        <button
          type="button"
          className="tool-button"
          data-action="labels"
          aria-pressed={labelsShown}
          aria-label={text.labelsLabel}
          onClick={() => onLabels(!labelsShown)}
        >
          {text.labels}
        </button>
        <button type="button" className="tool-button" data-action="locale" aria-label={text.languageLabel} onClick={onToggleLocale}>
          {text.language}
        </button>
      </div>
    </div>
  );
}
