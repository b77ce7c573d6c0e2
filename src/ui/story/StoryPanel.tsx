import type { JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import { useKiosk } from '../../state/kiosk';
import { useExplainer } from '../../state/store';
import { STEPS } from '../../story/steps';
import { TextSizeButtons } from '../kiosk/TextSizeButtons';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';
import { StoryPanelView } from './StoryPanelView';

/** Start again on the tablet: the first step in the step's own view (the language and findings stay, same patient). */
function startAgain(): void {
  const { goToStep, resetView } = useExplainer.getState();
  goToStep(0);
  resetView();
}

/**
 * The story panel, connected to the app store (step, language, selected structure, the deep link's notices), with
 * read aloud, and on the clinic tablet the text size and "start again".
 */
export function StoryPanel(): JSX.Element {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const selectedId = useExplainer((s) => s.selectedId);
  const goToStep = useExplainer((s) => s.goToStep);
  const select = useExplainer((s) => s.select);
  const notices = useExplainer((s) => s.linkNotices);
  const setLinkNotices = useExplainer((s) => s.setLinkNotices);
  const kiosk = useKiosk((s) => s.active);
  const stepId = STEPS[stepIndex]?.id ?? STEPS[0]!.id;
  return (
    <StoryPanelView
      locale={locale}
      stepIndex={stepIndex}
      selectedId={selectedId}
      goToStep={goToStep}
      select={select}
      notices={notices}
      onDismissNotices={() => setLinkNotices([])}
      tools={
        <>
          <ReadAloudButton stepId={stepId} locale={locale} />
          {kiosk && <TextSizeButtons locale={locale} />}
        </>
      }
      startAgain={kiosk ? { label: KIOSK_TEXT[locale].startAgain, onPress: startAgain } : undefined}
    />
  );
}
