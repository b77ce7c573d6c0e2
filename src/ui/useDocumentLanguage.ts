import { useEffect } from 'react';
import type { Locale } from '../content/locale';

/** Keeps `<html lang>` on the language shown, so screen readers and hyphenation follow the switch. */
export function useDocumentLanguage(locale: Locale): void {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
