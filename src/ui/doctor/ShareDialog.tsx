import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import type { DoctorText } from '../../content/doctor.zh-TW';
import { shareLink } from '../../story/share/shareLink';
import { currentComposition } from './composition';

/** QR codes up to this version stay readable by a phone camera from across a desk. */
export const MAX_QR_VERSION = 15;

/** Draws the link's QR code (made here, no network) into a canvas; false when the link is too long for one. */
export function drawQr(canvas: HTMLCanvasElement, link: string): boolean {
  try {
    const code = QRCode.create(link, { errorCorrectionLevel: 'M' });
    if (code.version > MAX_QR_VERSION) return false;
    QRCode.toCanvas(canvas, link, { errorCorrectionLevel: 'M', margin: 4, scale: 6, color: { dark: '#000000', light: '#ffffff' } }, () => undefined);
    return true;
  } catch {
    return false;
  }
}

/** The link to take home, as a QR code and as text with a copy button; the composition stays open behind it. */
export function ShareDialog({ text, closeLabel, onClose }: { text: DoctorText['share']; closeLabel: string; onClose: () => void }) {
  const [link] = useState(() => shareLink(window.location.href, currentComposition()));
  const canvas = useRef<HTMLCanvasElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [fits, setFits] = useState(true);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    dialog.current?.showModal();
    if (canvas.current) setFits(drawQr(canvas.current, link));
  }, [link]);
  const onCopy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{text.dialogTitle}</h2>
      <canvas ref={canvas} className="share-qr" hidden={!fits} data-link={link} />
      {!fits && <p className="doctor-hint">{text.tooLong}</p>}
      <p className="doctor-hint">{text.privacy}</p>
      <label className="share-link">
        {text.linkLabel}
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="doctor-row">
        <button type="button" className="tool-button" data-action="copy-link" onClick={onCopy}>
          {copy === 'copied' ? text.copied : text.copy}
        </button>
        <form method="dialog">
          <button type="submit" className="tool-button" data-action="close-share" aria-label={closeLabel}>
            ✕
          </button>
        </form>
      </div>
      {copy === 'failed' && <p className="doctor-hint">{text.copyFailed}</p>}
    </dialog>
  );
}
