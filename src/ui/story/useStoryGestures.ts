import { useEffect, useEffectEvent, useRef, type PointerEvent as ReactPointerEvent } from 'react';

/** A swipe must travel this far sideways, and clearly more sideways than up or down, to turn the page. */
const SWIPE_MIN_PX = 56;
const SWIPE_DOMINANCE = 2;

const KEY_STEPS: Readonly<Record<string, -1 | 1>> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Arrow keys and PageUp / PageDown anywhere on the page (not while typing, with a modifier held or
 * with a dialog open), and horizontal swipes on the panel, call `onStep(-1 | +1)`.
 */
export function useStoryGestures(onStep: (delta: -1 | 1) => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
    const delta = KEY_STEPS[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    onStep(delta);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return {
    onPointerDown(event: ReactPointerEvent) {
      // Mouse users have buttons and keys; a sideways drag inside a wide table scrolls the table.
      const inScroller = event.target instanceof Element && event.target.closest('.story-table-scroll');
      start.current = event.pointerType === 'mouse' || inScroller ? null : { x: event.clientX, y: event.clientY, id: event.pointerId };
    },
    onPointerUp(event: ReactPointerEvent) {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) >= SWIPE_DOMINANCE * Math.abs(dy)) onStep(dx < 0 ? 1 : -1);
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
