import { useEffect } from 'react';
import { useExplainer } from '../state/store';
import { compareSearch } from '../story/compareUrl';
import { findingsSearch } from '../story/findingsUrl';
import { parseLocation, stepUrl } from '../story/url';
import { linkNotices } from './story/linkNotices';
import { STEPS } from '../story/steps';

/** True while the store follows the address, which then must not be written back (it would add history). */
let followingAddress = false;

/**
 * Sets the store from an address: the one the page was opened with (before the first render, so nothing jumps) and
 * each one Back or Forward returns to. The address is read here only; what was wrong with it becomes the link notices.
 */
export function applyLocation(search: string): void {
  const { stepIndex, locale, findings, anatomy } = parseLocation(search);
  const store = useExplainer.getState();
  followingAddress = true;
  try {
    store.goToStep(stepIndex);
    store.setFindings(findings);
    // After the step and the findings, which each go back to the step's own choice.
    if (anatomy !== null) store.setAnatomy(anatomy);
    store.setLinkNotices(linkNotices(search));
    if (locale) store.setLocale(locale);
  } finally {
    followingAddress = false;
  }
}

/**
 * Keeps the address in step with the story, the reader's findings and the before-and-after choice: a new step pushes
 * a history entry (so Back works and the link can be shared), a language, findings or compare change replaces it (a
 * tap on a grade is no page of its own); Back and Forward bring the step and its findings back. With `stepHistory`
 * 'replace' (an embedded frame, whose entries would be the host article's) a new step replaces too.
 */
export function useUrlSync(stepHistory: 'push' | 'replace' = 'push'): void {
  useEffect(() => {
    const onPopState = () => applyLocation(window.location.search);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useExplainer.subscribe((state, previous) => {
      if (followingAddress) return;
      const stepChanged = state.stepIndex !== previous.stepIndex;
      const same = state.locale === previous.locale && state.findings === previous.findings && state.anatomyOverride === previous.anatomyOverride;
      if (!stepChanged && same) return;
      const step = STEPS[state.stepIndex];
      if (!step) return;
      const next = compareSearch(findingsSearch(stepUrl(window.location.search, step.id, state.locale), state.findings), state.anatomyOverride);
      if (next === window.location.search) return;
      // A shared composition's fragment (#c=…) stays, so a reload reopens it.
      const address = next + window.location.hash;
      if (stepChanged && stepHistory === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, [stepHistory]);
}
