import type { DoctorText } from '../../content/doctor.zh-TW';
import { fillTemplate } from '../../content/template';
import { requestView, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import { findStepIndex, STEPS } from '../../story/steps';

/**
 * The patient's way through the doctor's steps: where they are, back and on within the playlist, and the doctor's
 * drawings on this step. Shown whenever a playlist is open (a link from the doctor, or the doctor composing).
 */
export function PlaylistBar({ text }: { text: DoctorText['playlist'] }) {
  const playlist = useDoctorSession((s) => s.playlist);
  const views = useDoctorSession((s) => s.views);
  const shownView = useDoctorSession((s) => s.shownView);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const goToStep = useExplainer((s) => s.goToStep);
  if (playlist.length === 0) return null;
  const currentId = STEPS[stepIndex]?.id ?? '';
  const position = playlist.indexOf(currentId);
  const go = (index: number) => {
    const id = playlist[index];
    if (id === undefined) return;
    goToStep(findStepIndex(id));
    const first = views.findIndex((view) => view.step === id);
    requestView(first >= 0 ? first : null);
  };
  const here = views.flatMap((view, i) => (view.step === currentId ? [i] : []));
  return (
    <nav className="playlist-bar" aria-label={text.title} data-obstacle>
      <span className="playlist-bar__title">{text.title}</span>
      <button type="button" className="tool-button" data-action="playlist-previous" disabled={position <= 0} onClick={() => go(position - 1)}>
        {text.previous}
      </button>
      <span className="playlist-bar__position" data-position={position + 1}>
        {position >= 0 ? fillTemplate(text.position, { n: position + 1, total: playlist.length }) : `– / ${playlist.length}`}
      </span>
      <button
        type="button"
        className="tool-button"
        data-action="playlist-next"
        disabled={position >= playlist.length - 1}
        onClick={() => go(position < 0 ? 0 : position + 1)}
      >
        {text.next}
      </button>
      {here.map((i, n) => (
        <button key={i} type="button" className="tool-button" data-view-index={i} aria-pressed={shownView === i} onClick={() => requestView(i)}>
          {here.length > 1 ? `${text.drawing} ${n + 1}` : text.drawing}
        </button>
      ))}
    </nav>
  );
}
