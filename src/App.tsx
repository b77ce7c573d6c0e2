import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { doctorText } from './content/doctor';
import { findingsText, uiText } from './content/ui';
import { EmbedLayout } from './modes/embed/frame/EmbedLayout';
import type { ModelIndex } from './scene/modelIndex';
import { DEFAULT_MODEL_URL } from './scene/modelUrl';
import { useKiosk } from './state/kiosk';
import { useExplainer } from './state/store';
import { stepHistory, type PageMode } from './story/mode';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from './story/sceneState';
import { SHARE_KEY } from './story/share/shareKey';
import { STEPS } from './story/steps';
import { CompareToggle } from './ui/CompareToggle';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { FindingsPanel } from './ui/findings/FindingsPanel';
import { PostureControls } from './ui/PostureControls';
import { PressureLegend } from './ui/PressureLegend';
import { SceneLoading } from './ui/SceneLoading';
import { SceneNotice } from './ui/SceneNotice';
import { SceneToolbar as SceneToolbarView } from './ui/SceneToolbar';
import { SelectionChip as SelectionChipView } from './ui/SelectionChip';
import { StepAnnouncer } from './ui/StepAnnouncer';
import { StoryPanel } from './ui/story/StoryPanel';
import { TextOnlyStory } from './ui/TextOnlyStory';
import { useDoctorToolsOffer } from './ui/kiosk/useDoctorToolsOffer';
import { useDocumentLanguage } from './ui/useDocumentLanguage';
import { useSceneLayoutPublisher } from './ui/layout/useSceneLayoutPublisher';
import { SHEET_LAYOUT_QUERY, useMediaQuery } from './ui/useMediaQuery';
import { useReducedMotion } from './ui/useReducedMotion';
import { useSceneState } from './ui/useSceneState';
import { useUrlSync } from './ui/useUrlSync';
import { useVariantNotice } from './ui/useVariantNotice';
import { useModelRetry } from './ui/useModelRetry';
import { usePanelEscape } from './ui/usePanelEscape';
import { VariantFailureNotice } from './ui/VariantFailureNotice';
import { useWebGLSupport } from './state/webglSupport';
import { SpineSceneWhenLoaded } from './ui/SpineSceneWhenLoaded';

/** The clinic tablet's shell (attract screen, idle reset, settings) loads only in kiosk mode. */
const KioskShell = lazy(() => import('./ui/kiosk/KioskShell').then((m) => ({ default: m.KioskShell })));

/** Overlay legends compute loads and needle plans with three's maths, so they come with the scene's chunk. */
const OverlayLegend = lazy(() => import('./ui/overlays/OverlayLegend').then((m) => ({ default: m.OverlayLegend })));

/** The doctor's tools, its marks in the scene and the share code: only for a doctor, or a patient opening their link. */
const DoctorLayer = lazy(() => import('./ui/doctor/DoctorLayer'));
const DoctorSceneLayer = lazy(() => import('./scene/doctor/DoctorSceneLayer'));

/** These do not depend on the posture, so a dragged slider does not re-render them. */
const Panel = memo(StoryPanel);
const SceneToolbar = memo(SceneToolbarView);
const SelectionChip = memo(SelectionChipView);

/** Steps about posture and facet pressure open the controls by themselves. */
function stepShowsMechanics(state: SceneState): boolean {
  return state.overlays.includes('pressure-map');
}

export function App({ mode }: { mode: PageMode }) {
  const locale = useExplainer((s) => s.locale);
  const webgl = useWebGLSupport();
  useUrlSync(stepHistory(mode));
  useDocumentLanguage(locale);
  const text = uiText(locale);

  if (mode.name === 'embed') return <EmbedLayout scope={mode.scope} webgl={webgl} />;
  const kiosk = mode.name === 'kiosk' && (
    <Suspense fallback={null}>
      <KioskShell />
    </Suspense>
  );
  if (webgl && !webgl.available) {
    return (
      <>
        <main className="app app--text-only" lang={locale}>
          <SceneNotice kind="no-webgl" title={text.noWebGL.title} body={text.noWebGL.body} />
          <TextOnlyStory />
        </main>
        {kiosk}
      </>
    );
  }
  return (
    <>
      <ExplainerLayout softwareRendering={webgl?.software ?? null} doctorMode={mode.name === 'doctor'} />
      {kiosk}
    </>
  );
}

/** Scene, posture or findings controls (when open) and the story panel. */
/** `softwareRendering` is null while the WebGL check runs: the scene's canvas waits for it (its multisampling depends on it). */
function ExplainerLayout({ softwareRendering, doctorMode }: { softwareRendering: boolean | null; doctorMode: boolean }) {
  const locale = useExplainer((s) => s.locale);
  const stepIndex = useExplainer((s) => s.stepIndex);
  const selectedId = useExplainer((s) => s.selectedId);
  const viewNonce = useExplainer((s) => s.viewNonce);
  const findings = useExplainer((s) => s.findings);
  const labelsShown = useExplainer((s) => s.labelsShown);
  // Actions never change identity, so the memoised parts below keep their props while a slider moves.
  const { setLocale, select, requestView, resetView, setXray, setAnatomy, setLabelsShown } = useExplainer.getState();
  const { stepState, sceneState, compare } = useSceneState();
  const reducedMotion = useReducedMotion();
  const mainRef = useRef<HTMLElement>(null);
  const sceneRef = useRef<HTMLElement>(null);
  useSceneLayoutPublisher(mainRef, sceneRef);
  const [contextLost, setContextLost] = useState(false);
  const variantNotice = useVariantNotice();
  const model = useModelRetry();
  // The user's open / closed choice for the posture controls holds for the step it was made on.
  const [controlsChoice, setControlsChoice] = useState<{ stepIndex: number; open: boolean } | null>(null);
  // The findings control stays open from step to step (the findings are the reader's own); it takes the
  // place of the posture controls while open.
  const [findingsOpen, setFindingsOpen] = useState(false);
  // The doctor's tools load with the doctor's mode, a shared link (#c=…) or the first tap on their button.
  const [doctorOpen, setDoctorOpen] = useState(doctorMode);
  const [doctorLoaded, setDoctorLoaded] = useState(() => doctorMode || window.location.hash.startsWith(`#${SHARE_KEY}=`));
  // On the clinic tablet each patient's visit starts with every control, menu and dialog closed.
  const visit = useKiosk((s) => s.visit);
  const [visitShown, setVisitShown] = useState(visit);
  if (visitShown !== visit) {
    setVisitShown(visit);
    setControlsChoice(null);
    setFindingsOpen(false);
    setDoctorOpen(false);
  }
  const text = uiText(locale);
  const findingsWords = findingsText(locale);
  // Where a sheet takes the story's place (phones, small widgets) it opens only on request, never by itself.
  const sheetReplacesStory = useMediaQuery(SHEET_LAYOUT_QUERY);
  const showControls =
    !findingsOpen && !doctorOpen && (controlsChoice?.stepIndex === stepIndex ? controlsChoice.open : !sheetReplacesStory && stepShowsMechanics(stepState));
  const activeView = typeof sceneState.camera === 'string' ? sceneState.camera : null;
  const toggleLocale = useCallback(() => setLocale(locale === 'zh-TW' ? 'en' : 'zh-TW'), [setLocale, locale]);
  const toggleControls = useCallback(() => {
    setFindingsOpen(false);
    setDoctorOpen(false);
    setControlsChoice({ stepIndex, open: !showControls });
  }, [stepIndex, showControls]);
  const toggleFindings = useCallback(() => {
    setDoctorOpen(false);
    setFindingsOpen((open) => !open);
  }, []);
  const toggleDoctor = useCallback(() => {
    setDoctorLoaded(true);
    setFindingsOpen(false);
    setDoctorOpen((open) => !open);
  }, []);
  const closeDoctor = useCallback(() => setDoctorOpen(false), []);
  const openDoctor = useCallback(() => {
    setDoctorLoaded(true);
    setFindingsOpen(false);
    setDoctorOpen(true);
  }, []);
  const doctorOffered = useDoctorToolsOffer(openDoctor);
  const stepId = STEPS[stepIndex]?.id ?? '';
  const sceneExtras = useCallback(
    (index: ModelIndex) => (
      <Suspense fallback={null}>
        <DoctorSceneLayer index={index} stepId={stepId} />
      </Suspense>
    ),
    [stepId],
  );
  const doctorButton = useMemo(
    () => ({ label: doctorText(locale).button, open: doctorOpen, onToggle: toggleDoctor }),
    [locale, doctorOpen, toggleDoctor],
  );
  const closeFindings = useCallback(() => setFindingsOpen(false), []);
  const clearSelection = useCallback(() => select(null), [select]);
  const closeControls = useCallback(() => setControlsChoice({ stepIndex, open: false }), [stepIndex]);
  usePanelEscape({ postureOpen: showControls, closePosture: closeControls, findingsOpen, closeFindings });

  return (
    <main ref={mainRef} className={`app${showControls || findingsOpen ? ' app--controls' : ''}`} lang={locale}>
      <section ref={sceneRef} className="app__scene" aria-label={text.sceneLabel}>
        <ErrorBoundary
          fallback={(retry) => (
            <SceneNotice kind="error" title={text.appTitle} body={text.modelError} actions={[{ name: 'retry', label: text.notice.retry, onClick: retry }]} />
          )}
        >
          {softwareRendering !== null && (
            <SpineSceneWhenLoaded
              modelUrl={DEFAULT_MODEL_URL}
              modelAttempt={model.attempt}
              onModelFailed={model.onFailed}
              state={sceneState}
              selectedId={selectedId}
              viewNonce={viewNonce}
              antialias={!softwareRendering}
              reducedMotion={reducedMotion}
              label={text.sceneLabel}
              locale={locale}
              labelsShown={labelsShown}
              onPick={select}
              onContextLost={setContextLost}
              onVariantsFailed={variantNotice.onVariantsFailed}
              variantRetryNonce={variantNotice.retryNonce}
              extras={doctorLoaded ? sceneExtras : undefined}
            />
          )}
        </ErrorBoundary>
        <SceneLoading text={text} locale={locale} state={sceneState} />
        <SceneToolbar
          key={visit}
          text={text}
          activeView={activeView}
          xray={sceneState.xray}
          onView={requestView}
          onReset={resetView}
          onXray={setXray}
          labelsShown={labelsShown}
          onLabels={setLabelsShown}
          onToggleLocale={toggleLocale}
          controlsOpen={showControls}
          onToggleControls={toggleControls}
          findingsLabel={findings ? findingsWords.buttonActive : findingsWords.button}
          findingsOpen={findingsOpen}
          onToggleFindings={toggleFindings}
          doctor={doctorOffered ? doctorButton : undefined}
        />
        <SelectionChip text={text} locale={locale} selectedId={selectedId} onClear={clearSelection} />
        {compare && <CompareToggle text={text.compare} change={compare} shown={sceneState.anatomy} onShow={setAnatomy} />}
        {sceneState.overlays.includes('pressure-map') && <PressureLegend title={text.motion.pressureLegend} noContact={text.motion.pressureNoContact} />}
        {sceneState.overlays.length > 0 && (
          <Suspense fallback={null}>
            <OverlayLegend state={sceneState} locale={locale} />
          </Suspense>
        )}
        {model.failed && (
          <SceneNotice kind="error" title={text.appTitle} body={text.modelError} actions={[{ name: 'retry', label: text.notice.retry, onClick: model.retry }]} />
        )}
        {contextLost && <SceneNotice kind="context-lost" title={text.contextLost.title} body={text.contextLost.body} />}
        <VariantFailureNotice text={text} notice={variantNotice} />
        {doctorLoaded && (
          <Suspense fallback={null}>
            <DoctorLayer panelOpen={doctorOpen} onClosePanel={closeDoctor} />
          </Suspense>
        )}
      </section>
      {showControls && (
        <PostureControls
          text={text.motion}
          state={sceneState}
          segment={sceneState.focus[0] ?? DEFAULT_FOCUS_SEGMENT}
          onClose={closeControls}
        />
      )}
      {findingsOpen && <FindingsPanel text={findingsWords} findings={findings} variants={sceneState.variants} onClose={closeFindings} />}
      <aside className="app__panel">
        <Panel key={visit} />
      </aside>
      <StepAnnouncer stepIndex={stepIndex} locale={locale} />
    </main>
  );
}
