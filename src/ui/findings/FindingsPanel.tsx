import type { FindingsText } from '../../content/findings.zh-TW';
import { useExplainer } from '../../state/store';
import { findingsOf, withCascade, withGrade, withLstv, type Findings } from '../../story/findings';
import type { SceneState } from '../../story/sceneState';
import { CascadePicker } from './CascadePicker';
import { GradePicker } from './GradePicker';
import { LstvPicker } from './LstvPicker';
import './findings.css';

interface Props {
  text: FindingsText;
  /** The reader's findings, or null while the story's example is shown. */
  findings: Findings | null;
  /** The variants drawn now: where editing starts from when no findings are set yet. */
  variants: SceneState['variants'];
  onClose: () => void;
}

/** The doctor's (or curious patient's) findings: transitional vertebra, facet grades, cascade stage. */
export function FindingsPanel({ text, findings, variants, onClose }: Props) {
  const { setFindings } = useExplainer.getState();
  const current = findings ?? findingsOf(variants);
  return (
    <div className="side-panel findings-panel" role="group" aria-label={text.title} data-findings={findings ? 'set' : 'story'} data-obstacle>
      <div className="panel-head">
        <h2>{text.title}</h2>
        <button type="button" className="tool-button findings-option" onClick={onClose}>
          {text.close}
        </button>
      </div>
      {findings ? (
        <div className="findings-panel__active" role="status">
          <p>{text.active}</p>
          <button type="button" className="tool-button findings-option findings-option--clear" data-action="findings-clear" onClick={() => setFindings(null)}>
            {text.clear}
          </button>
        </div>
      ) : (
        <p className="findings-note">{text.intro}</p>
      )}
      <LstvPicker text={text.lstv} lstv={current.lstv} side={current.lstvSide} onChange={(lstv, side) => setFindings(withLstv(current, lstv, side))} />
      <GradePicker
        text={text.grades}
        findings={current}
        onGrade={(segment, sides, grade) => setFindings(withGrade(current, segment, sides, grade))}
      />
      <CascadePicker text={text.cascade} phase={current.cascade} onPhase={(phase) => setFindings(withCascade(current, phase))} />
    </div>
  );
}
