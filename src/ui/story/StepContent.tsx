import type { Locale } from '../../content/locale';
import { REFERENCES, type ReferenceId } from '../../content/references';
import { PANEL_TEXT, stepText } from '../../content/story';
import { fillTemplate } from '../../content/template';
import type { Step } from '../../story/steps';
import { RedFlagList } from './RedFlagList';
import { ReferenceList } from './ReferenceEntry';
import { currentSourcesView } from './sourcesView';
import { StoryTable } from './StoryTable';
import { StructureText } from './StructureText';

export interface StepContentProps {
  step: Step;
  locale: Locale;
  headingId: string;
  selectedId: string | null;
  onSelectStructure: (id: string) => void;
  onOpenReference: (id: ReferenceId) => void;
}

/** A step's words: title, body with tappable names and numbered source markers, key points, attachment, sources. */
export function StepContent({ step, locale, headingId, selectedId, onSelectStructure, onOpenReference }: StepContentProps) {
  const text = stepText(step.id, locale);
  const panel = PANEL_TEXT[locale];
  if (!text) return null;
  const references = step.references as ReferenceId[];

  return (
    <article className="story-step" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-step__title" tabIndex={-1}>
        {text.title}
      </h2>
      <p className="story-step__body">
        <StructureText source={text.body} locale={locale} selectedId={selectedId} onSelect={onSelectStructure} />
        {references.map((id, index) => (
          <sup key={id}>
            <button
              type="button"
              className="story-ref-marker"
              aria-label={fillTemplate(panel.openReference, { number: index + 1 })}
              onClick={() => onOpenReference(id)}
            >
              {index + 1}
            </button>
          </sup>
        ))}
      </p>

      {text.keyPoints && (
        <section className="story-key-points" aria-label={panel.keyPoints}>
          <h3>{panel.keyPoints}</h3>
          <ul>
            {text.keyPoints.map((point) => (
              <li key={point}>
                <StructureText source={point} locale={locale} selectedId={selectedId} onSelect={onSelectStructure} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {step.attachment === 'differential-table' && <StoryTable id="differential-table" locale={locale} />}
      {step.attachment === 'decision-matrix' && <StoryTable id="decision-matrix" locale={locale} />}
      {step.attachment === 'red-flag-list' && <RedFlagList locale={locale} />}
      {step.attachment === 'reference-list' && <ReferenceList locale={locale} view={currentSourcesView()} />}

      {references.length > 0 && (
        <section className="story-sources" aria-label={panel.sources}>
          <h3>{panel.sources}</h3>
          <ol>
            {references.map((id) => (
              <li key={id}>
                <button type="button" className="story-source" onClick={() => onOpenReference(id)}>
                  <strong>{REFERENCES[id].short}</strong>
                  <span>{REFERENCES[id].design[locale]}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
