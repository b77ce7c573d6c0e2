import { useSyncExternalStore } from 'react';

/** Follows a CSS media query. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Phones, portrait screens and short widgets, where an open control sheet takes the story's place (app.css). */
export const SHEET_LAYOUT_QUERY = '(orientation: portrait), (max-width: 760px), (max-height: 560px)';
