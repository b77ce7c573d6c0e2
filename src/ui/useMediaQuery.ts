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

/** The layout where the panel sits below the scene (phones, portrait tablets); matches app.css. */
export const STACKED_LAYOUT_QUERY = '(orientation: portrait), (max-width: 760px)';
