import type { KeyboardEvent } from 'react';

const MOVES: Readonly<Record<string, 1 | -1 | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The arrow keys of a radio group (WAI-ARIA pattern): they move to the next or previous option and choose it, wrapping
 * at the ends. The key is taken (default prevented), so it does not also turn the story's page.
 */
export function onRadioGroupKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const move = MOVES[event.key];
  if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  const radios = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]:not([disabled])')];
  const current = radios.indexOf(document.activeElement as HTMLElement);
  if (current < 0) return;
  event.preventDefault();
  const target = move === 'first' ? 0 : move === 'last' ? radios.length - 1 : (current + move + radios.length) % radios.length;
  const next = radios[target]!;
  next.focus();
  next.click();
}

/** Only the chosen option (or the first, when none is) is a Tab stop; the arrows reach the others. */
export function radioTabIndex(checked: boolean, index: number, anyChecked: boolean): 0 | -1 {
  return checked || (!anyChecked && index === 0) ? 0 : -1;
}
