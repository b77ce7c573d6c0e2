import { useSyncExternalStore } from 'react';

/** Phones, portrait screens and short embedded widgets (app.css), where the legend starts folded. */
const COMPACT_QUERY = '(orientation: portrait), (max-width: 760px), (max-height: 560px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(COMPACT_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on phones, portrait screens and small widgets, where the 3D view is small. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(COMPACT_QUERY).matches);
}
