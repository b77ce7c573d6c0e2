import { useState } from 'react';
import type { SceneState } from '../story/sceneState';

type FramingInputs = Pick<SceneState, 'variants' | 'visible'>;

interface Held extends FramingInputs {
  subject: SceneState['subject'];
  view: SceneState['camera'];
  compare: boolean;
}

/**
 * The variants and visibility the camera frames with. A before-and-after swap changes them (the healthy anatomy in
 * place of the changed one) but must keep the camera: while a step offers the compare, the subject and the view stay
 * the same, the framing holds the anatomy it was made with. Anything else (a new step, the reader's own findings
 * outside a compare) frames anew.
 */
export function useCompareFraming(state: SceneState): FramingInputs {
  const { subject, camera: view, compare, variants, visible } = state;
  const [held, setHeld] = useState<Held>({ subject, view, compare, variants, visible });
  const sameShot = held.subject === subject && held.view === view && held.compare === compare;
  if (compare && sameShot) return held;
  if (!sameShot || held.variants !== variants || held.visible !== visible) setHeld({ subject, view, compare, variants, visible });
  return { variants, visible };
}
