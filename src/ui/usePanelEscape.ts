import { useEscapeToClose } from './useEscapeToClose';

/**
 * Escape closes the posture or findings panel (whichever is open); focus goes back to its toolbar button, or to the
 * "more" menu that holds it where the toolbar is folded.
 */
export function usePanelEscape(panels: { postureOpen: boolean; closePosture: () => void; findingsOpen: boolean; closeFindings: () => void }): void {
  useEscapeToClose(panels.postureOpen, panels.closePosture, {
    returnFocusTo: ['[data-action="motion"]', '[data-menu="more"]'],
    container: () => document.querySelector('.posture-controls'),
  });
  useEscapeToClose(panels.findingsOpen, panels.closeFindings, {
    returnFocusTo: ['[data-action="findings"]', '[data-menu="more"]'],
    container: () => document.querySelector('.findings-panel'),
  });
}
