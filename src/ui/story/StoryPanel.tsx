import type { JSX } from 'react';
import { useExplainer } from '../../state/store';
import { StoryPanelView } from './StoryPanelView';

/** The story panel, connected to the app store (step, language, selected structure, the deep link's notices). */
export function StoryPanel(): JSX.Element {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const selectedId = useExplainer((s) => s.selectedId);
  const goToStep = useExplainer((s) => s.goToStep);
  const select = useExplainer((s) => s.select);
  const notices = useExplainer((s) => s.linkNotices);
  const setLinkNotices = useExplainer((s) => s.setLinkNotices);
  return (
    <StoryPanelView
      locale={locale}
      stepIndex={stepIndex}
      selectedId={selectedId}
      goToStep={goToStep}
      select={select}
      notices={notices}
      onDismissNotices={() => setLinkNotices([])}
    />
  );
}
