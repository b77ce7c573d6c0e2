import { useState, type JSX, type ReactNode } from 'react';
import type { Locale } from '../../content/locale';
import { PANEL_TEXT, STORY_TEXT, type NoticeKey } from '../../content/story';
import { fillTemplate } from '../../content/template';
import { STEPS } from '../../story/steps';
import { ContentsList } from './ContentsList';
import { InfoDialogs, type InfoDialog } from './InfoDialogs';
import { LinkNoticeBanner } from './LinkNoticeBanner';
import { StepScroll } from './StepScroll';
import { StoryDialog } from './StoryDialog';
import { useStoryGestures } from './useStoryGestures';
import './story.css';
import './storyContent.css';

type OpenDialog = { kind: 'contents' } | InfoDialog | null;

export interface StoryPanelViewProps {
  locale: Locale;
  stepIndex: number;
  selectedId: string | null;
  goToStep: (index: number) => void;
  select: (id: string | null) => void;
  /** What was wrong with the address (a bad step, malformed findings), until dismissed. */
  notices?: readonly NoticeKey[];
  onDismissNotices?: () => void;
  /** Extra step tools under the top bar (read aloud; the kiosk's text size). */
  tools?: ReactNode;
  /** The kiosk's "start again": on the last step in place of "next", and at the head of the contents. */
  startAgain?: { label: string; onPress: () => void };
}

/**
 * The guided explanation beside (or below) the 3D scene: the current step's text, previous / next,
 * progress, the contents, the always-available red-flag list, and the education notice.
 * Store-free, so it renders the same in tests; `StoryPanel` connects it to the store.
 */
export function StoryPanelView({ locale, stepIndex, selectedId, goToStep, select, notices = [], onDismissNotices, tools, startAgain }: StoryPanelViewProps): JSX.Element {
  const [dialog, setDialog] = useState<OpenDialog>(null);

  const lastIndex = STEPS.length - 1;
  const index = Math.min(Math.max(stepIndex, 0), lastIndex);
  const step = STEPS[index]!;
  const panel = PANEL_TEXT[locale];
  const goTo = (target: number) => goToStep(Math.min(Math.max(target, 0), lastIndex));
  const closeDialog = (kind: NonNullable<OpenDialog>['kind']) => setDialog((open) => (open?.kind === kind ? null : open));
  const gestures = useStoryGestures((delta) => goTo(index + delta));


  return (
    <section className="story-panel" lang={locale} {...gestures}>
      <div className="story-topbar">
        <button type="button" className="story-button" onClick={() => setDialog({ kind: 'contents' })}>
          {panel.contents}
        </button>
        <span className="story-topbar__chapter">{STORY_TEXT[locale].chapters[step.chapter]}</span>
        <button type="button" className="story-button story-button--alert" onClick={() => setDialog({ kind: 'red-flags' })}>
          {panel.redFlags.button}
        </button>
      </div>

      {tools && <div className="story-tools">{tools}</div>}

      <LinkNoticeBanner locale={locale} notices={notices} onDismiss={onDismissNotices} />

      <StepScroll step={step} locale={locale} selectedId={selectedId} onSelectStructure={select} onOpenReference={(id) => setDialog({ kind: 'reference', id })} />

      <nav className="story-nav" aria-label={panel.navigation}>
        <button type="button" className="story-nav__button" disabled={index === 0} onClick={() => goTo(index - 1)}>
          {panel.previous}
        </button>
        <div className="story-progress">
          <span aria-label={fillTemplate(panel.progress, { current: index + 1, total: STEPS.length })}>
            {index + 1} / {STEPS.length}
          </span>
          <progress className="story-progress__bar" max={STEPS.length} value={index + 1} aria-hidden="true" />
        </div>
        {startAgain && index === lastIndex ? (
          <button type="button" className="story-nav__button story-nav__button--next" data-action="start-again" onClick={startAgain.onPress}>
            {startAgain.label}
          </button>
        ) : (
          <button
            type="button"
            className="story-nav__button story-nav__button--next"
            disabled={index === lastIndex}
            onClick={() => goTo(index + 1)}
          >
            {panel.next}
          </button>
        )}
      </nav>

      <StoryDialog open={dialog?.kind === 'contents'} title={panel.contents} closeLabel={panel.close} onClose={() => closeDialog('contents')}>
        {startAgain && (
          <button
            type="button"
            className="story-button story-contents__start-again"
            data-action="start-again"
            onClick={() => {
              setDialog(null);
              startAgain.onPress();
            }}
          >
            {startAgain.label}
          </button>
        )}
        <ContentsList
          locale={locale}
          stepIndex={index}
          onGoTo={(target) => {
            setDialog(null);
            goTo(target);
          }}
        />
      </StoryDialog>
      <InfoDialogs
        locale={locale}
        open={dialog?.kind === 'contents' ? null : dialog}
        onOpen={setDialog}
        onClose={closeDialog}
      />
    </section>
  );
}
