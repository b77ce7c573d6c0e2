import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DoctorText } from '../../content/doctor.zh-TW';
import type { Locale } from '../../content/locale';
import { PANEL_TEXT, stepText } from '../../content/story';
import { useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import { plainText } from '../../story/markup';
import { shareLink } from '../../story/share/shareLink';
import { currentComposition } from './composition';
import { HandoutFindings } from './HandoutFindings';
import { renderHandoutImages } from './handoutImages';
import { drawQr } from './ShareDialog';
import './handout.css';

/**
 * The printable handout, over the whole page: one section per chosen step (its picture at print resolution with the
 * marks and strokes, its text), the findings explained, the red flags and the QR code of the link. Print CSS prints
 * only this; A4 and Letter both fit, the page size is the printer's. No field asks who the patient is.
 */
export function Handout({ text, locale, onClose }: { text: DoctorText['handout']; locale: Locale; onClose: () => void }) {
  const playlist = useDoctorSession((s) => s.playlist);
  const marks = useDoctorSession((s) => s.marks);
  const findings = useExplainer((s) => s.findings);
  const [images, setImages] = useState<string[] | null>(null);
  const [progress, setProgress] = useState(0);
  const [qr] = useState(() => {
    const canvas = document.createElement('canvas');
    return drawQr(canvas, shareLink(window.location.href, currentComposition())) ? canvas.toDataURL('image/png') : '';
  });
  const started = useRef(false);
  const redFlags = PANEL_TEXT[locale].redFlags;

  useEffect(() => {
    document.body.classList.add('printing-handout');
    if (!started.current) {
      started.current = true;
      void renderHandoutImages(setProgress).then(setImages);
    }
    return () => document.body.classList.remove('printing-handout');
  }, []);

  return createPortal(
    <article className="handout" lang={locale} data-ready={images !== null}>
      <div className="handout__actions">
        <button type="button" className="tool-button" data-action="print-now" disabled={!images} onClick={() => window.print()}>
          {text.printNow}
        </button>
        <button type="button" className="tool-button" data-action="close-handout" onClick={onClose}>
          {text.back}
        </button>
        {!images && (
          <span role="status">
            {text.preparing} {progress} / {playlist.length}
          </span>
        )}
      </div>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {images &&
        playlist.map((id, i) => {
          const step = stepText(id, locale);
          return (
            <section key={id} className="handout__step" data-step={id}>
              <h2>
                {i + 1}. {step?.title}
              </h2>
              {images[i] && <img src={images[i]} alt={step?.title ?? ''} />}
              <p>{step ? plainText(step.body) : ''}</p>
              {step?.keyPoints && (
                <ul>
                  {step.keyPoints.map((point) => (
                    <li key={point}>{plainText(point)}</li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      <HandoutFindings findings={findings} marks={marks} text={text} locale={locale} />
      <section className="handout__red-flags">
        <h2>{text.redFlags}</h2>
        <ul>
          {Object.entries(redFlags.items).map(([key, item]) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
        <p>{redFlags.action}</p>
      </section>
      {qr && (
        <section className="handout__qr">
          <img src={qr} alt="" />
          <p>{text.qr}</p>
        </section>
      )}
    </article>,
    document.body,
  );
}
