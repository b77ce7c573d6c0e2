import { useEffect, useEffectEvent } from 'react';

/** The first of these that is on screen gets the focus back when a panel closes (its toggle, or the menu it is in). */
function focusFirstShown(selectors: readonly string[]): void {
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
