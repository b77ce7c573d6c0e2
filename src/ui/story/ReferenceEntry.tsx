import type { Locale } from '../../content/locale';
import { formatCitation, REFERENCES, type ReferenceId, type Verification } from '../../content/references';
import { PANEL_TEXT } from '../../content/story';
import { fillTemplate } from '../../content/template';
import { STEPS } from '../../story/steps';
import { EvidenceKey } from './EvidenceKey';
import type { SourcesView } from './sourcesView';

/** References some step cites: the ones a patient's reference list shows. */
const CITED = new Set<string>(STEPS.flatMap((step) => step.references));

/** How far a reference was verified, for the doctor view only. */
function VerificationNote({ id, locale }: { id: ReferenceId; locale: Locale }) {
  const text = PANEL_TEXT[locale].doctorView;
  const { status, seenAt, unconfirmed = [] }: Verification = REFERENCES[id].verification;
  return (
    <span className="story-citation__check" data-verification={status}>
      {text.status[status]}
      {unconfirmed.length > 0 && ` · ${fillTemplate(text.unconfirmed, { fields: unconfirmed.map((f) => text.fields[f]).join('、') })}`}
      {!CITED.has(id) && ` · ${text.notCited}`}
      {seenAt && (
        <>
          {' · '}
          {text.seenAt}: <span className="story-citation__url">{seenAt}</span>
        </>
      )}
    </span>
  );
}

/** One citation (its confirmed details only) with its design and size; the doctor view adds its verification. */
export function ReferenceEntry({ id, locale, view = 'patient' }: { id: ReferenceId; locale: Locale; view?: SourcesView }) {
  const ref = REFERENCES[id];
  return (
    <>
      <span className="story-citation">{formatCitation(ref)}</span>
      <span className="story-citation__design">{ref.design[locale]}</span>
      {view === 'doctor' && <VerificationNote id={id} locale={locale} />}
    </>
  );
}

/** The references chapter: the evidence key first, then every cited reference (every one in the doctor view). */
export function ReferenceList({ locale, view = 'patient' }: { locale: Locale; view?: SourcesView }) {
  const ids = (Object.keys(REFERENCES) as ReferenceId[])
    .filter((id) => view === 'doctor' || CITED.has(id))
    .sort((a, b) => REFERENCES[a].short.localeCompare(REFERENCES[b].short));
  return (
    <>
      <EvidenceKey locale={locale} />
      {view === 'doctor' && <h3 className="story-doctor-view">{PANEL_TEXT[locale].doctorView.title}</h3>}
      <ol className="story-reference-list">
        {ids.map((id) => (
          <li key={id} data-reference={id}>
            <ReferenceEntry id={id} locale={locale} view={view} />
          </li>
        ))}
      </ol>
    </>
  );
}
