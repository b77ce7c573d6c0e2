import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PageMode } from './story/mode';
import { DEFAULT_MODEL_URL } from './scene/modelUrl';
import { prefetchModel } from './state/modelPrefetch';
import { applyLocation } from './ui/useUrlSync';
import { startWebGLCheck } from './ui/webglSupport';
import './ui/app.css';

/** Starts the explainer in `#root` from the address the page was opened with (shared by the page and the embed frame). */
export function mountApp(mode: PageMode): void {
  applyLocation(window.location.search);
  startWebGLCheck();
  // The scene's model and code come beside the check (where WebGL 2 exists at all), not after its answer: the worker's
  // throwaway context takes a few hundred ms on a software rasteriser, and on a slow phone network the model and the
  // code would otherwise take turns. The code is asked for once the page's text has painted, which it would delay.
  if (typeof WebGL2RenderingContext !== 'undefined') {
    prefetchModel(DEFAULT_MODEL_URL);
    requestAnimationFrame(() => setTimeout(() => void import('./scene/SpineScene')));
  }
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App mode={mode} />
    </StrictMode>,
  );
}
