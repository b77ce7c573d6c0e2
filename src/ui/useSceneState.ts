import { selectDrawnScene, type DrawnScene } from '../state/drawnScene';
import { useExplainer } from '../state/store';

/** The scene state drawn now (and the step's own): re-renders only when one of them really changes. */
export function useSceneState(): DrawnScene {
  return useExplainer(selectDrawnScene);
}
