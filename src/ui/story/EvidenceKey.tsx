import type { Locale } from '../../content/locale';
import { PANEL_TEXT } from '../../content/story';

/** The plain-language key to study words (randomised, blinded, retrospective, sample size, …); a dialog gives its own title. */
export function EvidenceKey({ locale, titled = true }: { locale: Locale; titled?: boolean }) {
  const key = PANEL_TEXT[locale].evidenceKey;
  return (
    <section className="story-evidence-key" aria-label={key.title}>
      {titled && <h3 className="story-evidence-key__title">{key.title}</h3>}
      <p>{key.intro}</p>
      <dl>
        {Object.entries(key.terms).map(([id, { term, meaning }]) => (
          <div key={id} className="story-evidence-key__entry" data-term={id}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
