import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface StoryDialogProps {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** 'alert' tints the header for safety content. */
  tone?: 'default' | 'alert';
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and returns focus
 * to the button that opened it. A tap on the dimmed backdrop also closes it.
 */
export function StoryDialog({ open, title, closeLabel, onClose, tone = 'default', children }: StoryDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`story-dialog story-dialog--${tone}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="story-dialog__header">
        <h2 id={titleId} className="story-dialog__title">
          {title}
        </h2>
        <button type="button" className="story-button story-dialog__close" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <div className="story-dialog__body">{open ? children : null}</div>
    </dialog>
  );
}
