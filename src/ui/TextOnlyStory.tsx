import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../content/locale';
import { PANEL_TEXT, STORY_TEXT } from '../content/story';
import { uiText } from '../content/ui';
import { useExplainer } from '../state/store';
import { CHAPTERS, STEPS } from '../story/steps';
import { InfoDialogs, type InfoDialog } from './story/InfoDialogs';
import { LinkNoticeBanner } from './story/LinkNoticeBanner';
import { StepContent } from './story/StepContent';
import './story/story.css';
import './story/storyContent.css';
import './textOnlyStory.css';

const stepHeadingId = (stepId: string) => `step-${stepId}`;

/** The linked step's heading, scrolled to and focused once the page is drawn. */
function useOpenAtStep(stepIndex: number): void {
  // Only the step the page was opened at: reading on must not jump back.
  const openedAt = useRef(stepIndex);
  useEffect(() => {
    const step = STEPS[openedAt.current];
    if (openedAt.current === 0 || !step) return;
    const heading = document.getElementById(stepHeadingId(step.id));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, []);
}

/** Language switch, red flags and the notices of a broken link: the same safety net as the 3D page. */
function TextOnlyHeader({ locale, onRedFlags }: { locale: Locale; onRedFlags: () => void }) {
  const setLocale = useExplainer((s) => s.setLocale);
  const panel = PANEL_TEXT[locale];
  const text = uiText(locale);
  const notices = useExplainer((s) => s.linkNotices);
  const setLinkNotices = useExplainer((s) => s.setLinkNotices);
  return (
    <>
      <header className="text-only-story__header">
        <h1>{text.appTitle}</h1>
        <div className="text-only-story__tools">
          <button
            type="button"
            className="story-button"
            aria-label={text.languageLabel}
            data-action="locale"
            onClick={() => setLocale(locale === 'zh-TW' ? 'en' : 'zh-TW')}
          >
            {text.language}
          </button>
          <button type="button" className="story-button story-button--alert" data-action="red-flags" onClick={onRedFlags}>
            {panel.redFlags.button}
          </button>
        </div>
      </header>
      <LinkNoticeBanner locale={locale} notices={notices} onDismiss={() => setLinkNotices([])} />
      <p className="story-education">{panel.educationNotice}</p>
    </>
  );
}

/**
 * The whole explanation as one readable page, for browsers without WebGL: every chapter and step in order,
 * with the same tables, red flags, sources and evidence key as the panel. It opens at the linked step.
 */
export function TextOnlyStory() {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const [dialog, setDialog] = useState<InfoDialog | null>(null);
  const chapterTitles = STORY_TEXT[locale].chapters;
  useOpenAtStep(stepIndex);
  return (
    <div className="text-only-story">
      <TextOnlyHeader locale={locale} onRedFlags={() => setDialog({ kind: 'red-flags' })} />
      {CHAPTERS.map((chapter) => (
        <section key={chapter.id} aria-labelledby={`chapter-${chapter.id}`}>
          <h2 id={`chapter-${chapter.id}`}>{chapterTitles[chapter.id]}</h2>
          {chapter.stepIds.map((stepId) => {
            const step = STEPS.find((s) => s.id === stepId);
            return (
              step && (
                <StepContent
                  key={step.id}
                  step={step}
                  locale={locale}
                  headingId={stepHeadingId(step.id)}
                  selectedId={null}
                  onSelectStructure={() => undefined}
                  onOpenReference={(id) => setDialog({ kind: 'reference', id })}
                />
              )
            );
          })}
        </section>
      ))}
      <p className="story-education">{PANEL_TEXT[locale].educationNotice}</p>
      <InfoDialogs
        locale={locale}
        open={dialog}
        onOpen={setDialog}
        onClose={(kind) => setDialog((open) => (open?.kind === kind ? null : open))}
      />
    </div>
  );
}
