import { useEffect } from 'react';

/** True for a link that would take the tablet away from the app: another origin or a new window. */
function leavesApp(anchor: HTMLAnchorElement): boolean {
  if (anchor.target && anchor.target !== '_self') return true;
  try {
    return new URL(anchor.href, window.location.href).origin !== window.location.origin;
  } catch {
    return true;
  }
}

/** On the clinic tablet no link leads outside the app: a tap on one does nothing. */
export function useLinkGuard(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (anchor instanceof HTMLAnchorElement && leavesApp(anchor)) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('auxclick', onClick, true);
    };
  }, []);
}

/** A press held `holdMs` on an element matching `selector` (the clinic's hidden gesture) calls `onHold`. */
export function useLongPress(selector: string, holdMs: number, onHold: () => void): void {
  useEffect(() => {
    let timer: number | undefined;
    const cancel = () => window.clearTimeout(timer);
    const onDown = (event: PointerEvent) => {
      cancel();
      if (event.target instanceof Element && event.target.closest(selector)) timer = window.setTimeout(onHold, holdMs);
    };
    document.addEventListener('pointerdown', onDown, true);
    for (const type of ['pointerup', 'pointercancel'] as const) document.addEventListener(type, cancel, true);
    return () => {
      cancel();
      document.removeEventListener('pointerdown', onDown, true);
      for (const type of ['pointerup', 'pointercancel'] as const) document.removeEventListener(type, cancel, true);
    };
  }, [selector, holdMs, onHold]);
}
