import type { EmbedScope } from './mode';
import { STEPS } from './steps';

/** The steps (first and last index, inclusive) an embedded widget lets the reader walk through from `stepIndex`. */
export function scopeRange(scope: EmbedScope, stepIndex: number): { first: number; last: number } {
  if (scope === 'story') return { first: 0, last: STEPS.length - 1 };
  if (scope === 'step') return { first: stepIndex, last: stepIndex };
  const chapter = STEPS[stepIndex]?.chapter;
  const first = STEPS.findIndex((step) => step.chapter === chapter);
  const last = STEPS.findLastIndex((step) => step.chapter === chapter);
  return first < 0 ? { first: stepIndex, last: stepIndex } : { first, last };
}
