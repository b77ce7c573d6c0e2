import type { Locale } from '../../content/locale';
import { formatCitation, REFERENCES, type ReferenceId } from '../../content/references';
import { PANEL_TEXT } from '../../content/story';

/** One full citation with its design, size and how far its details were checked. */
export function ReferenceEntry({ id, locale }: { id: ReferenceId; locale: Locale }) {
  const ref = REFERENCES[id];
  const checkNote = PANEL_TEXT[locale].citationChecks[ref.check];
  return (
    <>
      <span className="story-citation">{formatCitation(ref)}</span>
      <span className="story-citation__design">{ref.design[locale]}</span>
      {checkNote && <span className="story-citation__check">{checkNote}</span>}
    </>
  );
}

/** Every reference, for the references chapter. */
export function ReferenceList({ locale }: { locale: Locale }) {
  const ids = (Object.keys(REFERENCES) as ReferenceId[]).sort((a, b) =>
    REFERENCES[a].short.localeCompare(REFERENCES[b].short),
  );
  return (
    <ol className="story-reference-list">
      {ids.map((id) => (
        <li key={id}>
          <ReferenceEntry id={id} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
