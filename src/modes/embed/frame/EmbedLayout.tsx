import { useCallback, useEffect, useRef, useState } from 'react';
import { EMBED_TEXT } from '../../../content/embed';
import { uiText } from '../../../content/ui';
import { DEFAULT_MODEL_URL } from '../../../scene/modelUrl';
import { useExplainer } from '../../../state/store';
import type { EmbedScope } from '../../../story/mode';
import { ErrorBoundary } from '../../../ui/ErrorBoundary';
import { PressureLegend } from '../../../ui/PressureLegend';
import { SceneNotice } from '../../../ui/SceneNotice';
import { SelectionChip } from '../../../ui/SelectionChip';
import { useSceneLayoutPublisher } from '../../../ui/layout/useSceneLayoutPublisher';
import { useReducedMotion } from '../../../ui/useReducedMotion';
import { useSceneState } from '../../../ui/useSceneState';
import { useVariantNotice } from '../../../ui/useVariantNotice';
import { useModelRetry } from '../../../ui/useModelRetry';
import { VariantFailureNotice } from '../../../ui/VariantFailureNotice';
import type { WebGLSupport } from '../../../state/webglSupport';
import { EmbedPanel } from './EmbedPanel';
import { sendToShell } from '../channel';
import { useSceneShown } from './useSceneShown';
import { useShellLink } from './useShellLink';
import { SpineSceneWhenLoaded } from '../../../ui/SpineSceneWhenLoaded';
import './embed.css';

/** Tells the shell that the scene failed (the notice then shows instead of the poster). */
function SceneFailed({ title, body, retry }: { title: string; body: string; retry: { label: string; onClick: () => void } }) {
  useSceneShown('failed');
  useEffect(() => sendToShell('error', { code: 'scene-failed' }), []);
  return <SceneNotice kind="error" title={title} body={body} actions={[{ name: 'retry', ...retry }]} />;
}

/**
 * The explainer as a widget in an article: the 3D scene and a compact story panel, without the toolbar, findings or
 * posture controls (the full explainer, one tap away, has them). Without WebGL, the step's text alone. `webgl` is null
 * while the check runs: the scene's place is kept, and its canvas waits for the answer.
 */
export function EmbedLayout({ scope, webgl }: { scope: EmbedScope; webgl: WebGLSupport | null }) {
  const locale = useExplainer((s) => s.locale);
  const selectedId = useExplainer((s) => s.selectedId);
  const viewNonce = useExplainer((s) => s.viewNonce);
  const labelsShown = useExplainer((s) => s.labelsShown);
  const mainRef = useRef<HTMLElement>(null);
  const sceneRef = useRef<HTMLElement>(null);
  useSceneLayoutPublisher(mainRef, sceneRef);
  const { sceneState } = useSceneState();
  const reducedMotion = useReducedMotion();
  const [contextLost, setContextLost] = useState(false);
  const select = useExplainer.getState().select;
  const clearSelection = useCallback(() => select(null), [select]);
  const variantNotice = useVariantNotice();
  const model = useModelRetry();
  const text = uiText(locale);
  useShellLink();
  const sceneShown = webgl?.available !== false;
  useSceneShown(sceneShown ? 'scene' : 'text');

  return (
    <main ref={mainRef} className={`embed${sceneShown ? '' : ' embed--text-only'}`} lang={locale}>
      {sceneShown ? (
        <section ref={sceneRef} className="embed__scene" aria-label={text.sceneLabel}>
          <ErrorBoundary
            fallback={(retry) => (
              <SceneFailed title={EMBED_TEXT[locale].frameTitle} body={text.modelError} retry={{ label: text.notice.retry, onClick: retry }} />
            )}
          >
            {webgl ? (
              <SpineSceneWhenLoaded
                loading={<p className="scene-loading">{EMBED_TEXT[locale].loading}</p>}
                modelUrl={DEFAULT_MODEL_URL}
                modelAttempt={model.attempt}
                onModelFailed={model.onFailed}
                state={sceneState}
                selectedId={selectedId}
                viewNonce={viewNonce}
                locale={locale}
                labelsShown={labelsShown}
                antialias={!webgl.software}
                reducedMotion={reducedMotion}
                label={text.sceneLabel}
                onPick={select}
                onContextLost={setContextLost}
                onVariantsFailed={variantNotice.onVariantsFailed}
                variantRetryNonce={variantNotice.retryNonce}
              />
            ) : (
              <p className="scene-loading">{EMBED_TEXT[locale].loading}</p>
            )}
          </ErrorBoundary>
          <SelectionChip text={text} locale={locale} selectedId={selectedId} onClear={clearSelection} />
          {sceneState.overlays.includes('pressure-map') && <PressureLegend title={text.motion.pressureLegend} noContact={text.motion.pressureNoContact} />}
          {contextLost && <SceneNotice kind="context-lost" title={text.contextLost.title} body={text.contextLost.body} />}
          {model.failed && (
            <SceneFailed title={EMBED_TEXT[locale].frameTitle} body={text.modelError} retry={{ label: text.notice.retry, onClick: model.retry }} />
          )}
          <VariantFailureNotice text={text} notice={variantNotice} />
        </section>
      ) : (
        <SceneNotice kind="no-webgl" title={text.noWebGL.title} body={text.noWebGL.body} />
      )}
      <div className="embed__panel">
        <EmbedPanel scope={scope} />
      </div>
    </main>
  );
}
