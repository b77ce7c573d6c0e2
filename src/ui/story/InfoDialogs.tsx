import type { Locale } from '../../content/locale';
import type { ReferenceId } from '../../content/references';
import { PANEL_TEXT } from '../../content/story';
import { EvidenceKey } from './EvidenceKey';
import { RedFlagList } from './RedFlagList';
import { ReferenceEntry } from './ReferenceEntry';
import { StoryDialog } from './StoryDialog';

/** The dialogs both the 3D panel and the text-only page open: red flags, one source, the evidence key. */
export type InfoDialog = { kind: 'red-flags' } | { kind: 'reference'; id: ReferenceId } | { kind: 'evidence-key' };

export interface InfoDialogsProps {
  locale: Locale;
  open: InfoDialog | null;
  onOpen: (dialog: InfoDialog) => void;
  /** Closes the dialog of this kind if it is still the open one (a closing dialog must not close its successor). */
  onClose: (kind: InfoDialog['kind']) => void;
}

/**
 * A study marker opens its source; from there one tap leads to the plain-language key to study words,
 * so the key is reachable from every marker.
 */
export function InfoDialogs({ locale, open, onOpen, onClose }: InfoDialogsProps) {
  const panel = PANEL_TEXT[locale];
  return (
    <>
      <StoryDialog open={open?.kind === 'red-flags'} title={panel.redFlags.title} closeLabel={panel.close} tone="alert" onClose={() => onClose('red-flags')}>
        <RedFlagList locale={locale} />
      </StoryDialog>
      <StoryDialog open={open?.kind === 'reference'} title={panel.sources} closeLabel={panel.close} onClose={() => onClose('reference')}>
        {open?.kind === 'reference' && (
          <>
            <ReferenceEntry id={open.id} locale={locale} />
            <button type="button" className="story-button story-evidence-key__open" onClick={() => onOpen({ kind: 'evidence-key' })}>
              {panel.evidenceKeyOpen}
            </button>
          </>
        )}
      </StoryDialog>
      <StoryDialog open={open?.kind === 'evidence-key'} title={panel.evidenceKey.title} closeLabel={panel.close} onClose={() => onClose('evidence-key')}>
        <EvidenceKey locale={locale} titled={false} />
      </StoryDialog>
    </>
  );
}
