import { useEffect, useEffectEvent } from 'react';

/** Where the focus went when what held it closed: nowhere, so it may be given back without taking it from anything. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * The first of these that is on screen gets the focus back when a panel closes (its toggle, or the menu it is in), a
 * frame later, once the panel has gone; unless the reader has meanwhile put the focus somewhere (a slow frame on a
 * busy tablet must not pull it back from the dialog or button they moved to).
 */
export function focusFirstShown(selectors: readonly string[]): void {
  if (!focusIsLost()) return;
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && element.offsetParent !== null) {
      element.focus();
      return;
    }
  }
}

/**
 * Escape closes an open panel or menu (dialogs close themselves: while one is open this stays out of the way).
 * Menus listen in the capture phase so one Escape closes the innermost thing only. Focus returns to the first
 * shown element of `returnFocusTo` when it was inside what closed (or nowhere).
 */
export function useEscapeToClose(
  open: boolean,
  close: () => void,
  options: { returnFocusTo: readonly string[]; container?: () => Element | null; capture?: boolean },
): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    const active = document.activeElement;
    const focusWasInside = !active || active === document.body || Boolean(options.container?.()?.contains(active));
    close();
    if (focusWasInside) requestAnimationFrame(() => focusFirstShown(options.returnFocusTo));
  });
  const capture = options.capture ?? false;
  useEffect(() => {
    if (!open) return;
    window.addEventListener('keydown', onKeyDown, capture);
    return () => window.removeEventListener('keydown', onKeyDown, capture);
  }, [open, capture]);
}
