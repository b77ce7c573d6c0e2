import { clearDoctorSession, hasComposition, requestView, setShareNotice, useDoctorSession } from '../../state/doctorSession';
import { useExplainer } from '../../state/store';
import type { Composition } from '../../story/share/composition';
import { readShareFragment } from '../../story/share/shareLink';
import { findStepIndex } from '../../story/steps';

/** The composition open now: the doctor's session with the explainer's findings and language. */
export function currentComposition(): Composition {
  const { playlist, marks, views } = useDoctorSession.getState();
  const { findings, locale } = useExplainer.getState();
  return { steps: [...playlist], findings, marks: [...marks], views: [...views], locale };
}

/** Opens a composition: its findings and language, its playlist at the first step, that step's first view. */
export function openComposition(composition: Composition): void {
  clearDoctorSession();
  useDoctorSession.setState({ playlist: composition.steps, marks: composition.marks, views: composition.views });
  const explainer = useExplainer.getState();
  explainer.setLocale(composition.locale);
  explainer.setFindings(composition.findings);
  const first = composition.steps[0];
  if (first !== undefined) explainer.goToStep(findStepIndex(first));
  const firstView = composition.views.findIndex((view) => view.step === first);
  requestView(firstView >= 0 ? firstView : null);
}

/**
 * Reads a shared link's fragment. A page opened on one shows what could be read (a calm notice for damage); a link
 * arriving while a composition is open never replaces it: only a broken one is noted.
 */
export function applyShareFragment(fragment: string): void {
  const read = readShareFragment(fragment);
  if (read.kind === 'none') return;
  const open = hasComposition(useDoctorSession.getState());
  if (read.kind === 'read' && !open) openComposition(read.composition);
  const damaged = read.kind === 'unreadable' || read.damaged;
  setShareNotice(damaged ? (read.kind === 'unreadable' ? 'unreadable' : 'damaged') : null);
}
