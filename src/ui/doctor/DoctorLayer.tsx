import { useEffect, useState } from 'react';
import { doctorText } from '../../content/doctor';
import { setShareNotice, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import type { StrokeColour } from '../../story/share/composition';
import { applyShareFragment } from './composition';
import { DrawSection } from './DrawSection';
import { Handout } from './Handout';
import { MarksSection } from './MarksSection';
import { PlaylistBar } from './PlaylistBar';
import { ShareDialog } from './ShareDialog';
import { StrokeOverlay } from './StrokeOverlay';
import { StepsSection } from './StepsSection';
import './doctor.css';

interface Props {
  panelOpen: boolean;
  onClosePanel: () => void;
}

/**
 * Everything of the doctor's visit over the scene (loaded on demand): the strokes, the patient's playlist bar, the
 * notice for a broken shared link and, while open, the doctor's tools, the share dialog and the printable handout. It reads the page's
 * shared link (`#c=…`) once on mount and on every later change of the fragment.
 */
export default function DoctorLayer({ panelOpen, onClosePanel }: Props) {
  const locale = useExplainer((s) => s.locale);
  const notice = useDoctorSession((s) => s.notice);
  const text = doctorText(locale);
  const [drawing, setDrawing] = useState(false);
  const [colour, setColour] = useState<StrokeColour>('red');
  const [sharing, setSharing] = useState(false);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    applyShareFragment(window.location.hash);
    const onHash = () => applyShareFragment(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <>
      <StrokeOverlay drawing={panelOpen && drawing} colour={colour} />
      {!panelOpen && <PlaylistBar text={text.playlist} />}
      {notice && (
        <div className="share-notice" role="status" data-notice={notice} data-obstacle>
          <p>{text.notice[notice]}</p>
          <button type="button" className="tool-button" onClick={() => setShareNotice(null)}>
            {text.notice.dismiss}
          </button>
        </div>
      )}
      {panelOpen && (
        <aside className="doctor-panel" aria-labelledby="doctor-title" data-obstacle>
          <header className="panel-head">
            <h2 id="doctor-title">{text.title}</h2>
            <button type="button" className="tool-button" data-action="close-doctor" onClick={onClosePanel}>
              {text.close}
            </button>
          </header>
          <MarksSection text={text.marks} locale={locale} />
          <StepsSection text={text.steps} locale={locale} />
          <DrawSection text={text.draw} drawing={drawing} onDrawing={setDrawing} colour={colour} onColour={setColour} />
          <section className="doctor-section" aria-labelledby="doctor-share">
            <h3 id="doctor-share">{text.share.title}</h3>
            <div className="doctor-row">
              <button type="button" className="tool-button" data-action="share" onClick={() => setSharing(true)}>
                {text.share.open}
              </button>
              <button type="button" className="tool-button" data-action="print" onClick={() => setPrinting(true)}>
                {text.share.print}
              </button>
            </div>
          </section>
        </aside>
      )}
      {sharing && <ShareDialog text={text.share} closeLabel={text.close} onClose={() => setSharing(false)} />}
      {printing && <Handout text={text.handout} locale={locale} onClose={() => setPrinting(false)} />}
    </>
  );
}
