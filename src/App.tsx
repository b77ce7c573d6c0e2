import { lazy, Suspense, useMemo, useState } from 'react';
import type { Segment } from './anatomy/levels';
import { uiText } from './content/ui';
import { DEFAULT_MODEL_URL } from './scene/modelUrl';
import { composeSceneState } from './state/composeSceneState';
import { useExplainer } from './state/store';
import type { SceneState } from './story/sceneState';
import { STEPS, stepSceneState } from './story/steps';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { PostureControls } from './ui/PostureControls';
import { SceneNotice } from './ui/SceneNotice';
import { SceneToolbar } from './ui/SceneToolbar';
import { SelectionChip } from './ui/SelectionChip';
import { StoryPanel } from './ui/story/StoryPanel';
import { TextOnlyStory } from './ui/TextOnlyStory';
import { useReducedMotion } from './ui/useReducedMotion';
import { useUrlSync } from './ui/useUrlSync';
import { hasWebGL } from './ui/webglSupport';

/** three, R3F and the model load after the text, in their own chunk: the panel is readable at once on a slow phone. */
const SpineScene = lazy(() => import('./scene/SpineScene'));

/** The level the load readouts talk about when a step names none: the most often painful one. */
const DEFAULT_MECHANICS_SEGMENT: Segment = 'L4-L5';

/** Steps about posture and load open the controls by themselves. */
function stepShowsMechanics(state: SceneState): boolean {
  return state.overlays.includes('pressure-map') || state.overlays.includes('tripod-loads');
}

export function App() {
  const locale = useExplainer((s) => s.locale);
  const [webgl] = useState(hasWebGL);
  useUrlSync();
  const text = uiText(locale);

  if (!webgl) {
    return (
      <main className="app app--text-only" lang={locale}>
        <SceneNotice kind="no-webgl" title={text.noWebGL.title} body={text.noWebGL.body} />
        <TextOnlyStory />
      </main>
    );
  }
  return (
    <main className="app" lang={locale}>
      <SceneArea />
      <aside className="app__panel">
        <StoryPanel />
      </aside>
    </main>
  );
}

/** The 3D view with its toolbar and notices; re-renders only for what the scene shows. */
function SceneArea() {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const selectedId = useExplainer((s) => s.selectedId);
  const viewOverride = useExplainer((s) => s.viewOverride);
  const xrayOverride = useExplainer((s) => s.xrayOverride);
  const viewNonce = useExplainer((s) => s.viewNonce);
  const motionOverride = useExplainer((s) => s.motionOverride);
  const actions = useExplainer.getState();
  const reducedMotion = useReducedMotion();
  const [contextLost, setContextLost] = useState(false);
  // The user's open / closed choice for the posture controls holds for the step it was made on.
  const [controlsChoice, setControlsChoice] = useState<{ stepIndex: number; open: boolean } | null>(null);
  const text = uiText(locale);

  const step = STEPS[stepIndex] ?? STEPS[0]!;
  const stepState = useMemo(() => stepSceneState(step), [step]);
  const sceneState = useMemo(
    () => composeSceneState(stepState, { viewOverride, xrayOverride, motionOverride }),
    [stepState, viewOverride, xrayOverride, motionOverride],
  );
  const showControls =
    controlsChoice?.stepIndex === stepIndex ? controlsChoice.open : stepShowsMechanics(stepState);
  const activeView = typeof sceneState.camera === 'string' ? sceneState.camera : null;

  return (
    <section className="app__scene" aria-label={text.sceneLabel}>
      <ErrorBoundary fallback={<SceneNotice kind="error" title={text.appTitle} body={text.modelError} />}>
        <Suspense fallback={<p className="scene-loading">{text.loading}</p>}>
          <SpineScene
            modelUrl={DEFAULT_MODEL_URL}
            state={sceneState}
            selectedId={selectedId}
            viewNonce={viewNonce}
            reducedMotion={reducedMotion}
            label={text.sceneLabel}
            onPick={actions.select}
            onContextLost={setContextLost}
          />
        </Suspense>
      </ErrorBoundary>
      <SceneToolbar
        text={text}
        activeView={activeView}
        xray={sceneState.xray}
        onView={actions.requestView}
        onReset={actions.resetView}
        onXray={actions.setXray}
        onToggleLocale={() => actions.setLocale(locale === 'zh-TW' ? 'en' : 'zh-TW')}
        controlsOpen={showControls}
        onToggleControls={() => setControlsChoice({ stepIndex, open: !showControls })}
      />
      {showControls ? (
        <PostureControls
          text={text.motion}
          state={sceneState}
          segment={sceneState.focus[0] ?? DEFAULT_MECHANICS_SEGMENT}
          onClose={() => setControlsChoice({ stepIndex, open: false })}
        />
      ) : (
        <SelectionChip text={text} locale={locale} selectedId={selectedId} onClear={() => actions.select(null)} />
      )}
      {contextLost && <SceneNotice kind="context-lost" title={text.contextLost.title} body={text.contextLost.body} />}
    </section>
  );
}
