import type { DoctorText } from '../../content/doctor.zh-TW';
import { fillTemplate } from '../../content/template';
import { cameraAccess } from '../../state/doctorCamera';
import { clearStrokes, requestView, saveView, undoStroke, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import { STROKE_COLOURS, type StrokeColour } from '../../story/share/composition';
import { STEPS } from '../../story/steps';
import { STROKE_FILL } from './StrokeOverlay';

interface Props {
  text: DoctorText['draw'];
  drawing: boolean;
  onDrawing: (on: boolean) => void;
  colour: StrokeColour;
  onColour: (colour: StrokeColour) => void;
}

/** Drawing on or off, the colour, undo and wipe, saving the view, and the saved views to bring back. */
export function DrawSection({ text, drawing, onDrawing, colour, onColour }: Props) {
  const strokes = useDoctorSession((s) => s.strokes);
  const views = useDoctorSession((s) => s.views);
  const shownView = useDoctorSession((s) => s.shownView);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const goToStep = useExplainer((s) => s.goToStep);
  const save = () => {
    const access = cameraAccess();
    const step = STEPS[stepIndex]?.id;
    if (access && step) saveView(step, access.pose());
  };
  const recall = (index: number) => {
    const view = views[index];
    if (!view) return;
    const target = STEPS.findIndex((step) => step.id === view.step);
    if (target !== stepIndex && target >= 0) goToStep(target);
    requestView(index);
  };
  return (
    <section className="doctor-section" aria-labelledby="doctor-draw">
      <h3 id="doctor-draw">{text.title}</h3>
      <div className="doctor-row">
        <button type="button" className="tool-button" data-action="draw" aria-pressed={drawing} onClick={() => onDrawing(!drawing)}>
          {drawing ? text.stop : text.start}
        </button>
        <div role="group" aria-label={text.colour} className="doctor-row">
          {STROKE_COLOURS.map((c) => (
            <button
              key={c}
              type="button"
              className="tool-button tool-button--small colour-button"
              data-colour={c}
              aria-pressed={colour === c}
              aria-label={text.colours[c]}
              style={{ borderColor: STROKE_FILL[c] }}
              onClick={() => onColour(c)}
            >
              <span className="colour-swatch" style={{ background: STROKE_FILL[c] }} />
            </button>
          ))}
        </div>
      </div>
      <div className="doctor-row">
        <button type="button" className="tool-button" data-action="undo-stroke" disabled={strokes.length === 0} onClick={undoStroke}>
          {text.undo}
        </button>
        <button type="button" className="tool-button" data-action="clear-strokes" disabled={strokes.length === 0} onClick={clearStrokes}>
          {text.clear}
        </button>
        <button type="button" className="tool-button" data-action="save-view" disabled={shownView !== null} onClick={save}>
          {text.save}
        </button>
      </div>
      <p className="doctor-hint">{text.hint}</p>
      {views.length > 0 && (
        <div role="group" aria-label={text.views} className="doctor-row">
          {views.map((_, i) => (
            <button key={i} type="button" className="tool-button" data-view-index={i} aria-pressed={shownView === i} onClick={() => recall(i)}>
              {fillTemplate(text.view, { n: i + 1 })}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
