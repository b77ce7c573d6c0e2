import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PageMode } from './story/mode';
import { applyLocation } from './ui/useUrlSync';
import { preloadSpineSceneAfterFirstPaint } from './ui/SpineSceneWhenLoaded';
import { startWebGLCheck } from './ui/webglSupport';
import './ui/app.css';

/** Starts the explainer in `#root` from the address the page was opened with (shared by the page and the embed frame). */
export function mountApp(mode: PageMode): void {
  applyLocation(window.location.search);
  startWebGLCheck();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App mode={mode} />
    </StrictMode>,
  );
  preloadSpineSceneAfterFirstPaint();
}
