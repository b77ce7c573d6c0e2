import { useState } from 'react';
import type { DoctorText } from '../../content/doctor.zh-TW';
import type { Locale } from '../../content/locale';
import { stepText } from '../../content/story';
import { addStep, moveStep, removeStep, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import { STEPS } from '../../story/steps';

const titleOf = (id: string, locale: Locale) => stepText(id, locale)?.title ?? id;

/** The playlist: the step shown now or any step from the contents, reordered with up / down, removed. */
export function StepsSection({ text, locale }: { text: DoctorText['steps']; locale: Locale }) {
  const playlist = useDoctorSession((s) => s.playlist);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const [picked, setPicked] = useState(STEPS[0]!.id);
  const current = STEPS[stepIndex]?.id;
  return (
    <section className="doctor-section" aria-labelledby="doctor-steps">
      <h3 id="doctor-steps">{text.title}</h3>
      <button type="button" className="tool-button" data-action="add-current-step" onClick={() => current && addStep(current)}>
        {text.addCurrent}
      </button>
      <div className="doctor-row">
        <label>
          {text.pick}
          <select value={picked} onChange={(e) => setPicked(e.target.value)} data-field="pick-step">
            {STEPS.map((step) => (
              <option key={step.id} value={step.id}>
                {titleOf(step.id, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="tool-button" data-action="add-step" onClick={() => addStep(picked)}>
          {text.add}
        </button>
      </div>
      {playlist.length === 0 ? (
        <p className="doctor-hint">{text.none}</p>
      ) : (
        <ol className="doctor-list" data-list="playlist">
          {playlist.map((id, i) => (
            <li key={id} data-step={id}>
              <span>{titleOf(id, locale)}</span>
              <button type="button" className="tool-button tool-button--small" aria-label={`${text.up}: ${titleOf(id, locale)}`} disabled={i === 0} onClick={() => moveStep(id, -1)}>
                ↑
              </button>
              <button
                type="button"
                className="tool-button tool-button--small"
                aria-label={`${text.down}: ${titleOf(id, locale)}`}
                disabled={i === playlist.length - 1}
                onClick={() => moveStep(id, 1)}
              >
                ↓
              </button>
              <button type="button" className="tool-button tool-button--small" onClick={() => removeStep(id)}>
                {text.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="doctor-hint">{text.findingsHint}</p>
    </section>
  );
}
