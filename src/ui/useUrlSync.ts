import { useEffect } from 'react';
import { useExplainer } from '../state/store';
import { parseLocation, stepUrl } from '../story/url';
import { STEPS } from '../story/steps';

/** Sets the store from the address the page was opened with (before the first render, so nothing jumps). */
export function applyLocation(search: string): void {
  const { stepIndex, locale } = parseLocation(search);
  const store = useExplainer.getState();
  store.goToStep(stepIndex);
  if (locale) store.setLocale(locale);
}

/**
 * Keeps the address in step with the story: a new step pushes a history entry (so Back works and the
 * link can be shared), a language change replaces it; Back and Forward bring the step back.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const onPopState = () => applyLocation(window.location.search);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useExplainer.subscribe((state, previous) => {
      if (state.stepIndex === previous.stepIndex && state.locale === previous.locale) return;
      const step = STEPS[state.stepIndex];
      if (!step) return;
      const next = stepUrl(window.location.search, step.id, state.locale);
      if (next === window.location.search) return;
      if (state.stepIndex !== previous.stepIndex) window.history.pushState(null, '', next);
      else window.history.replaceState(null, '', next);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
