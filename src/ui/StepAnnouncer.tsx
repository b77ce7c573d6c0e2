import { useEffect, useRef, useState } from 'react';
import { A11Y_TEXT } from '../content/a11y';
import type { Locale } from '../content/locale';
import { STORY_TEXT, stepText } from '../content/story';
import { fillTemplate } from '../content/template';
import { STEPS } from '../story/steps';
import './a11y.css';

/** What a screen reader hears after a step change: chapter, step number and title. */
export function stepAnnouncement(index: number, locale: Locale): string {
  const step = STEPS[index];
  if (!step) return '';
  return fillTemplate(A11Y_TEXT[locale].stepAnnouncement, {
    chapter: STORY_TEXT[locale].chapters[step.chapter],
    current: index + 1,
    total: STEPS.length,
    title: stepText(step.id, locale)?.title ?? '',
  });
}

/**
 * A polite live region that speaks each step change (not the step the page opened at: the page's own heading says
 * that). It is in the page from the start, empty, so screen readers watch it before the first change.
 */
export function StepAnnouncer({ stepIndex, locale }: { stepIndex: number; locale: Locale }) {
  const [message, setMessage] = useState('');
  const shown = useRef(stepIndex);
  useEffect(() => {
    if (shown.current === stepIndex) return;
    shown.current = stepIndex;
    setMessage(stepAnnouncement(stepIndex, locale));
  }, [stepIndex, locale]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="step">
      {message}
    </p>
  );
}
