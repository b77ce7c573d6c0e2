import { useSyncExternalStore } from 'react';

/** The same breakpoint as the app's portrait / phone layout (app.css), where the legend starts folded. */
const COMPACT_QUERY = '(orientation: portrait), (max-width: 760px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(COMPACT_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on phones and portrait screens, where the 3D view is small. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(COMPACT_QUERY).matches);
}
