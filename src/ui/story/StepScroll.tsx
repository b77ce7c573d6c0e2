import { useEffect, useId, useRef } from 'react';
import type { Locale } from '../../content/locale';
import type { ReferenceId } from '../../content/references';
import { PANEL_TEXT } from '../../content/story';
import type { Step } from '../../story/steps';
import { StepContent } from './StepContent';

interface StepScrollProps {
  step: Step;
  locale: Locale;
  selectedId: string | null;
  onSelectStructure: (id: string) => void;
  onOpenReference: (id: ReferenceId) => void;
}

/** A step's words and the education notice in one scroll area, which starts at its top for every new step. */
export function StepScroll({ step, locale, selectedId, onSelectStructure, onOpenReference }: StepScrollProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [step.id]);

  return (
    <div ref={scrollRef} className="story-scroll">
      <StepContent
        step={step}
        locale={locale}
        headingId={headingId}
        selectedId={selectedId}
        onSelectStructure={onSelectStructure}
        onOpenReference={onOpenReference}
      />
      <p className="story-education">{PANEL_TEXT[locale].educationNotice}</p>
    </div>
  );
}
