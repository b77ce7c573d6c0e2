import { useLayoutEffect } from 'react';
import { currentPosture, postureStore, type Posture } from '../state/posture';

/**
 * Shows the animated posture in DOM a component has rendered, outside React: `show` runs with the posture now, then
 * at every change, and writes the few texts and sizes that follow it. A drag or the looped lean-back then changes
 * those nodes in place each frame instead of rendering React. Pass a `show` that changes only when what it writes
 * with does (useCallback): a new one is run at once with the posture now.
 */
export function usePostureWriter(show: (posture: Posture) => void): void {
  useLayoutEffect(() => {
    show(currentPosture());
    return postureStore.subscribe((state, previous) => {
      if (state.posture !== previous.posture) show(state.posture);
    });
  }, [show]);
}

/**
 * Sets an element's text in place: its one text node's value changes (no node is added or removed, so the layout
 * publisher's mutation watch does not wake for it), and nothing is written when the text is the same.
 */
export function writeText(element: Element | null | undefined, text: string): void {
  if (!element) return;
  const only = element.firstChild;
  if (only && only === element.lastChild && only.nodeType === Node.TEXT_NODE) {
    if (only.nodeValue !== text) only.nodeValue = text;
  } else element.textContent = text;
}
