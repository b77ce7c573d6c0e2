import { useState } from 'react';
import { SEGMENTS, SIDES, type Segment, type Side } from '../../anatomy/levels';
import { facetJointId } from '../../anatomy/structureIds';
import type { DoctorText } from '../../content/doctor.zh-TW';
import type { Locale } from '../../content/locale';
import { toggleMark, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import { structureName } from '../../story/structureNames';

/** Marks: a facet joint by level and side, or the structure tapped on the model; each listed with a remove button. */
export function MarksSection({ text, locale }: { text: DoctorText['marks']; locale: Locale }) {
  const marks = useDoctorSession((s) => s.marks);
  const selectedId = useExplainer((s) => s.selectedId);
  const [segment, setSegment] = useState<Segment>('L4-L5');
  const [side, setSide] = useState<Side>('left');
  const joint = facetJointId(segment, side);
  const add = (id: string) => {
    if (!marks.includes(id)) toggleMark(id);
  };
  return (
    <section className="doctor-section" aria-labelledby="doctor-marks">
      <h3 id="doctor-marks">{text.title}</h3>
      <p className="doctor-hint">{text.hint}</p>
      <div className="doctor-row">
        <label>
          {text.segment}
          <select value={segment} onChange={(e) => setSegment(e.target.value as Segment)} data-field="mark-segment">
            {SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label={text.side} className="doctor-row">
          {SIDES.map((s) => (
            <button key={s} type="button" className="tool-button" aria-pressed={side === s} data-side={s} onClick={() => setSide(s)}>
              {text[s]}
            </button>
          ))}
        </div>
        <button type="button" className="tool-button" data-action="add-mark" onClick={() => add(joint)}>
          {text.add}
        </button>
      </div>
      <button type="button" className="tool-button" data-action="mark-selected" disabled={!selectedId} onClick={() => selectedId && add(selectedId)}>
        {text.addSelected}
      </button>
      {marks.length === 0 ? (
        <p className="doctor-hint">{text.none}</p>
      ) : (
        <ul className="doctor-list" data-list="marks">
          {marks.map((id) => (
            <li key={id} data-mark={id}>
              <span>{structureName(id, locale) ?? id}</span>
              <button type="button" className="tool-button tool-button--small" onClick={() => toggleMark(id)}>
                {text.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
