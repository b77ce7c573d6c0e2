import { useState } from 'react';
import { EMBED_TEXT } from '../../../content/embed';
import type { ReferenceId } from '../../../content/references';
import { PANEL_TEXT, STORY_TEXT } from '../../../content/story';
import { fillTemplate } from '../../../content/template';
import { uiText } from '../../../content/ui';
import { useExplainer } from '../../../state/store';
import { scopeRange } from '../../../story/embedScope';
import type { EmbedScope } from '../../../story/mode';
import { STEPS } from '../../../story/steps';
import { RedFlagList } from '../../../ui/story/RedFlagList';
import { ReferenceEntry } from '../../../ui/story/ReferenceEntry';
import { StepScroll } from '../../../ui/story/StepScroll';
import { StoryDialog } from '../../../ui/story/StoryDialog';
import '../../../ui/story/story.css';
import '../../../ui/story/storyContent.css';
import { fullExplainerUrl } from './fullExplainerUrl';

type OpenDialog = { kind: 'red-flags' } | { kind: 'reference'; id: ReferenceId } | null;

/**
 * The widget's compact story panel: the step's words, previous / next within the widget's scope, the red flags one
 * tap away, the other language, and the full explainer at the same step in a new tab.
 */
export function EmbedPanel({ scope }: { scope: EmbedScope }) {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const selectedId = useExplainer((s) => s.selectedId);
  const findings = useExplainer((s) => s.findings);
  const { goToStep, select, setLocale } = useExplainer.getState();
  // The scope is set by the step the widget opened on (or the host last chose); the reader walks inside it.
  const [anchor, setAnchor] = useState(stepIndex);
  const range = scopeRange(scope, anchor);
  if (stepIndex < range.first || stepIndex > range.last) setAnchor(stepIndex);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const step = STEPS[stepIndex] ?? STEPS[0]!;
  const panel = PANEL_TEXT[locale];
  const words = EMBED_TEXT[locale];
  const total = range.last - range.first + 1;
  const position = stepIndex - range.first + 1;


  return (
    <section className="story-panel embed-panel" lang={locale}>
      <div className="embed-panel__bar">
        <span className="embed-panel__place">{STORY_TEXT[locale].chapters[step.chapter]}</span>
        <button
          type="button"
          className="story-button"
          lang={locale === 'zh-TW' ? 'en' : 'zh-TW'}
          aria-label={uiText(locale).languageLabel}
          onClick={() => setLocale(locale === 'zh-TW' ? 'en' : 'zh-TW')}
        >
          {uiText(locale).language}
        </button>
        <a
          className="story-button embed-panel__full"
          href={fullExplainerUrl(step.id, locale, findings)}
          target="_blank"
          rel="noopener"
          aria-label={words.openFullLabel}
          data-action="open-full"
        >
          {words.openFull}
        </a>
        <button type="button" className="story-button story-button--alert" onClick={() => setDialog({ kind: 'red-flags' })}>
          {panel.redFlags.button}
        </button>
      </div>

      <StepScroll step={step} locale={locale} selectedId={selectedId} onSelectStructure={select} onOpenReference={(id) => setDialog({ kind: 'reference', id })} />

      {total > 1 && (
        <nav className="story-nav" aria-label={panel.navigation}>
          <button type="button" className="story-nav__button" disabled={stepIndex <= range.first} onClick={() => goToStep(stepIndex - 1)}>
            {panel.previous}
          </button>
          <div className="story-progress">
            <span aria-label={fillTemplate(panel.progress, { current: position, total })}>
              {position} / {total}
            </span>
            <progress className="story-progress__bar" max={total} value={position} aria-hidden="true" />
          </div>
          <button
            type="button"
            className="story-nav__button story-nav__button--next"
            disabled={stepIndex >= range.last}
            onClick={() => goToStep(stepIndex + 1)}
          >
            {panel.next}
          </button>
        </nav>
      )}

      <StoryDialog
        open={dialog?.kind === 'red-flags'}
        title={panel.redFlags.title}
        closeLabel={panel.close}
        tone="alert"
        onClose={() => setDialog(null)}
      >
        <RedFlagList locale={locale} />
      </StoryDialog>
      <StoryDialog open={dialog?.kind === 'reference'} title={panel.sources} closeLabel={panel.close} onClose={() => setDialog(null)}>
        {dialog?.kind === 'reference' && <ReferenceEntry id={dialog.id} locale={locale} />}
      </StoryDialog>
    </section>
  );
}
