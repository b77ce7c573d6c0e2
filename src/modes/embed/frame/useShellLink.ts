import { useEffect } from 'react';
import { useExplainer } from '../../../state/store';
import { findingsFromCommand } from '../../../story/embedFindings';
import type { EmbedCommand } from '../../../story/embedMessages';
import { findStepIndex, STEPS } from '../../../story/steps';
import { onChannel, sendToShell } from '../channel';

/** Carries out a host command the shell has validated; an id or findings that do not exist change nothing. */
function applyCommand(command: EmbedCommand): void {
  const store = useExplainer.getState();
  switch (command.command) {
    case 'goToStep': {
      const index = findStepIndex(command.step);
      if (index < 0) sendToShell('error', { code: 'unknown-step', command: command.command });
      else store.goToStep(index);
      return;
    }
    case 'setLanguage':
      store.setLocale(command.lang);
      return;
    case 'setFindings': {
      const { findings, malformed } = findingsFromCommand(command.findings);
      if (malformed) sendToShell('error', { code: 'invalid-findings', command: command.command });
      else store.setFindings(findings);
      return;
    }
    case 'play':
      store.setLoop(null);
      return;
    case 'pause':
      store.setLoop('none');
      return;
  }
}

function announceState(): void {
  const { stepIndex, locale } = useExplainer.getState();
  const step = STEPS[stepIndex];
  if (step) sendToShell('state', { step: step.id, index: stepIndex, lang: locale });
}

/**
 * Joins the app to the embed shell: host commands in, the reader's step and language out (once at the start and on
 * every change). Outside an embed frame nobody sends or hears these events, and nothing changes.
 */
export function useShellLink(): void {
  useEffect(() => {
    const stop = onChannel<EmbedCommand>('command', applyCommand);
    const unsubscribe = useExplainer.subscribe((state, previous) => {
      if (state.stepIndex !== previous.stepIndex || state.locale !== previous.locale) announceState();
    });
    announceState();
    sendToShell('attached');
    return () => {
      stop();
      unsubscribe();
    };
  }, []);
}
