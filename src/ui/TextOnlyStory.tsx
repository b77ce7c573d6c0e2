import { STORY_TEXT } from '../content/story';
import { uiText } from '../content/ui';
import { useExplainer } from '../state/store';
import { CHAPTERS, STEPS } from '../story/steps';
import { StepContent } from './story/StepContent';
import './story/storyContent.css';

/**
 * The whole explanation as one readable page, for browsers without WebGL: every chapter and step in
 * order, with the same tables, red flags and references as the panel.
 */
export function TextOnlyStory() {
  const locale = useExplainer((s) => s.locale);
  const chapterTitles = STORY_TEXT[locale].chapters;
  return (
    <div className="text-only-story">
      <h1>{uiText(locale).appTitle}</h1>
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
                  headingId={`step-${step.id}`}
                  selectedId={null}
                  onSelectStructure={() => undefined}
                  onOpenReference={() => document.getElementById('chapter-references')?.scrollIntoView()}
                />
              )
            );
          })}
        </section>
      ))}
    </div>
  );
}
