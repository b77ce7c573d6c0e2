import type { Locale } from '../../content/locale';
import { STORY_TEXT, stepText } from '../../content/story';
import { fillTemplate } from '../../content/template';
import { uiText } from '../../content/ui';
import { CHAPTERS, STEPS } from '../../story/steps';
import { APP_VERSION } from '../appVersion';

export interface ContentsListProps {
  locale: Locale;
  stepIndex: number;
  onGoTo: (index: number) => void;
}

/** The table of contents: every chapter and its steps, the current one marked; the app's version at its foot. */
export function ContentsList({ locale, stepIndex, onGoTo }: ContentsListProps) {
  const currentChapter = STEPS[stepIndex]?.chapter;
  return (
    <>
      <ol className="story-contents">
        {CHAPTERS.map((chapter, chapterIndex) => (
          <li key={chapter.id} className="story-contents__chapter">
            <button
              type="button"
              className="story-contents__chapter-button"
              aria-current={chapter.id === currentChapter ? 'true' : undefined}
              onClick={() => onGoTo(chapter.firstStepIndex)}
            >
              <span className="story-contents__number">{chapterIndex + 1}</span>
              {STORY_TEXT[locale].chapters[chapter.id]}
            </button>
            <ol className="story-contents__steps">
              {chapter.stepIds.map((id, offset) => {
                const index = chapter.firstStepIndex + offset;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="story-contents__step-button"
                      aria-current={index === stepIndex ? 'step' : undefined}
                      onClick={() => onGoTo(index)}
                    >
                      {stepText(id, locale)?.title}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <p className="story-contents__version">{fillTemplate(uiText(locale).version, { version: APP_VERSION })}</p>
    </>
  );
}
