import { useEffect } from 'react';
import { sendToShell, type ShownDetail } from '../channel';

/** The attribute the scene sets on <html> once it has drawn its first frame with the model (scene/sceneProbe.ts). */
const SCENE_READY_ATTRIBUTE = 'data-scene-ready';

/**
 * Tells the shell when the poster may leave: once the scene's first frame is drawn, or at once when the app shows
 * text instead (no WebGL) or a failure notice.
 */
export function useSceneShown(view: ShownDetail['view']): void {
  useEffect(() => {
    const root = document.documentElement;
    if (view !== 'scene' || root.hasAttribute(SCENE_READY_ATTRIBUTE)) {
      sendToShell('shown', { view });
      return;
    }
    const observer = new MutationObserver(() => {
      if (!root.hasAttribute(SCENE_READY_ATTRIBUTE)) return;
      observer.disconnect();
      sendToShell('shown', { view });
    });
    observer.observe(root, { attributes: true, attributeFilter: [SCENE_READY_ATTRIBUTE] });
    return () => observer.disconnect();
  }, [view]);
}
