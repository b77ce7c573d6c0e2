import { useMemo, useState } from 'react';
import { uiText } from './content/ui';
import { DEFAULT_MODEL_URL } from './scene/modelUrl';
import { SpineScene } from './scene/SpineScene';
import { composeSceneState } from './state/composeSceneState';
import { useExplainer } from './state/store';
import { STEPS, stepSceneState } from './story/steps';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { SceneNotice } from './ui/SceneNotice';
import { SceneToolbar } from './ui/SceneToolbar';
import { SelectionChip } from './ui/SelectionChip';
import { StoryPanel } from './ui/story/StoryPanel';
import { TextOnlyStory } from './ui/TextOnlyStory';
import { useReducedMotion } from './ui/useReducedMotion';
import { useUrlSync } from './ui/useUrlSync';
import { hasWebGL } from './ui/webglSupport';

export function App() {
  const store = useExplainer();
  const text = uiText(store.locale);
  const reducedMotion = useReducedMotion();
  const [webgl] = useState(hasWebGL);
  const [contextLost, setContextLost] = useState(false);
  useUrlSync();

  const step = STEPS[store.stepIndex] ?? STEPS[0];
  const stepState = useMemo(() => (step ? stepSceneState(step) : null), [step]);
  const sceneState = useMemo(
    () => stepState && composeSceneState(stepState, { viewOverride: store.viewOverride, xrayOverride: store.xrayOverride }),
    [stepState, store.viewOverride, store.xrayOverride],
  );

  if (!webgl || !sceneState) {
    return (
      <main className="app app--text-only" lang={store.locale}>
        <SceneNotice kind="no-webgl" title={text.noWebGL.title} body={text.noWebGL.body} />
        <TextOnlyStory />
      </main>
    );
  }

  const activeView = typeof sceneState.camera === 'string' ? sceneState.camera : null;
  return (
    <main className="app" lang={store.locale}>
      <section className="app__scene" aria-label={text.sceneLabel}>
        <ErrorBoundary fallback={<SceneNotice kind="error" title={text.appTitle} body={text.modelError} />}>
          <SpineScene
            modelUrl={DEFAULT_MODEL_URL}
            state={sceneState}
            selectedId={store.selectedId}
            viewNonce={store.viewNonce}
            reducedMotion={reducedMotion}
            label={text.sceneLabel}
            onPick={store.select}
            onContextLost={setContextLost}
          />
        </ErrorBoundary>
        <SceneToolbar
          text={text}
          activeView={activeView}
          xray={sceneState.xray}
          onView={store.requestView}
          onReset={store.resetView}
          onXray={store.setXray}
          onToggleLocale={() => store.setLocale(store.locale === 'zh-TW' ? 'en' : 'zh-TW')}
        />
        <SelectionChip text={text} locale={store.locale} selectedId={store.selectedId} onClear={() => store.select(null)} />
        {contextLost && <SceneNotice kind="context-lost" title={text.contextLost.title} body={text.contextLost.body} />}
      </section>
      <aside className="app__panel">
        <StoryPanel />
      </aside>
    </main>
  );
}
