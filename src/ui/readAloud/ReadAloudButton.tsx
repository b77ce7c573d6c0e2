import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { KIOSK_TEXT } from '../../content/kiosk';
import type { Locale } from '../../content/locale';
import { stepText } from '../../content/story';
import { stepSentences } from '../../story/readAloud';
import { highlightSentence } from './sentenceHighlight';
import { useVoice } from './useVoice';
import './readAloud.css';

/** Readings started so far on this page; each reading's utterances carry its number. */
let runs = 0;

export interface ReadAloudButtonProps {
  stepId: string;
  locale: Locale;
}

/**
 * Reads the step's text with the device's speech synthesis, one utterance per sentence so the sentence being read
 * is marked in the panel. Hidden where the device has no voice for the language; never starts by itself; stops when
 * the step or the language changes (or the panel goes away).
 */
export function ReadAloudButton({ stepId, locale }: ReadAloudButtonProps): JSX.Element | null {
  const voice = useVoice(locale);
  const anchor = useRef<HTMLButtonElement>(null);
  const sentences = useMemo(() => {
    const text = stepText(stepId, locale);
    return text ? stepSentences(text, locale) : [];
  }, [stepId, locale]);
  // The sentence being read, for the step and language it was started on: a reading of another step shows nothing.
  const [reading, setReading] = useState<{ run: number; sentences: readonly string[]; index: number } | null>(null);
  const index = reading?.sentences === sentences ? reading.index : null;
  const words = KIOSK_TEXT[locale].readAloud;

  useEffect(() => () => window.speechSynthesis?.cancel(), [sentences]);
  useEffect(() => {
    highlightSentence(anchor.current?.closest('.story-panel')?.querySelector('.story-step') ?? null, sentences, index);
  }, [sentences, index]);
  useEffect(() => () => highlightSentence(null, [], null), []);

  if (!voice || sentences.length === 0) return null;

  const start = () => {
    const speech = window.speechSynthesis;
    speech.cancel();
    // The cancelled reading's utterances report their end late: only this run's events move the mark.
    const run = ++runs;
    const finish = () => setReading((current) => (current?.run === run ? null : current));
    sentences.forEach((sentence, i) => {
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onstart = () => setReading((current) => (run === runs ? { run, sentences, index: i } : current));
      utterance.onend = () => {
        if (i === sentences.length - 1) finish();
      };
      utterance.onerror = finish;
      speech.speak(utterance);
    });
  };
  const stop = () => {
    runs++;
    window.speechSynthesis.cancel();
    setReading(null);
  };

  return (
    <button
      ref={anchor}
      type="button"
      className="story-button read-aloud"
      data-action="read-aloud"
      aria-pressed={index !== null}
      onClick={index === null ? start : stop}
    >
      {index === null ? words.start : words.stop}
    </button>
  );
}
