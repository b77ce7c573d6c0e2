import { useSyncExternalStore } from 'react';
import type { Locale } from '../../content/locale';
import { voiceFor } from '../../story/readAloud';

const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
let voices: readonly SpeechSynthesisVoice[] = NO_VOICES;

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The device's voices; browsers fill the list late and announce it with `voiceschanged`. */
function subscribe(onChange: () => void): () => void {
  const speech = synthesis();
  if (!speech) return () => undefined;
  const update = () => {
    voices = speech.getVoices();
    onChange();
  };
  voices = speech.getVoices();
  speech.addEventListener('voiceschanged', update);
  return () => speech.removeEventListener('voiceschanged', update);
}

const snapshot = () => voices;

/** The voice to read `locale` with, or null where the device has no suitable one. */
export function useVoice(locale: Locale): SpeechSynthesisVoice | null {
  return voiceFor(useSyncExternalStore(subscribe, snapshot, () => NO_VOICES), locale);
}
