import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import type { Locale } from '../content/locale';
import { reportFirstFrame } from '../state/loadProgress';
import type { SceneState } from '../story/sceneState';
import { CameraRig, type CameraRequest } from './CameraRig';
import { Lights } from './Lights';
import { BoneFrames } from './overlays/boneFrames';
import { SceneOverlays } from './overlays/SceneOverlays';
import { PostureDriver } from './PostureDriver';
import type { ModelIndex } from './modelIndex';
import { installProbe, type SceneProbe } from './sceneProbe';
import { sectionCameraRequest } from './sectionCamera';
import { foramenSide, sectionOverlay, sectionSegment } from './sectionViews';
import { SceneLabels } from './labels/SceneLabels';
import { OccluderFader } from './OccluderFader';
import { SpineModel } from './SpineModel';
import { subjectParts, surfacePoints } from './subjectParts';

export interface SpineSceneProps {
  modelUrl: string;
  state: SceneState;
  selectedId: string | null;
  /** Bumped when the user asks for the same view again (reset). */
  viewNonce: number;
  /** Multisampling: off on software rasterisers, where it multiplies the cost of every frame. */
  antialias: boolean;
  reducedMotion: boolean;
  label: string;
  locale: Locale;
  /** Names of the step's labelled structures in the scene (the doctor may hide them). */
  labelsShown: boolean;
  onPick: (id: string | null) => void;
  onContextLost: (lost: boolean) => void;
  /** Told which pathology variant glbs failed to load (empty once none that is needed has failed). */
  onVariantsFailed: (models: readonly string[]) => void;
}

const BACKGROUND = '#1d2430';
/** A small subject is framed with some of its neighbours (at least this extent), so the patient sees where it sits. */
const MIN_FRAME_EXTENT_MM = 70;

/** The 3D view: the model, its lights, the camera rig and the probe the tests read. */
export default function SpineScene(props: SpineSceneProps) {
  const { onContextLost } = props;
  return (
    <Canvas
      aria-label={props.label}
      role="img"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 0.005, far: 5, position: [0.4, 0.15, -0.35] }}
      gl={{ antialias: props.antialias, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        const canvas = gl.domElement;
        canvas.addEventListener('webglcontextlost', () => onContextLost(true));
        canvas.addEventListener('webglcontextrestored', () => onContextLost(false));
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <Lights />
      <Suspense fallback={null}>
        <LoadedScene {...props} />
      </Suspense>
    </Canvas>
  );
}

/**
 * Which section overlay (with its segment and side) is on, and whether it still owns the camera: it does until the
 * user asks for a view of their own (the view nonce moves).
 */
function useSectionCamera(state: SceneState, viewNonce: number): string | null {
  const overlay = sectionOverlay(state);
  const segment = sectionSegment(state);
  const key = overlay ? `${overlay}:${segment}:${overlay === 'foramen-view' ? foramenSide(state, segment) : ''}` : null;
  const [start, setStart] = useState({ key, nonce: viewNonce });
  if (start.key !== key) setStart({ key, nonce: viewNonce });
  return key !== null && start.nonce === viewNonce ? key : null;
}

function LoadedScene(props: SpineSceneProps) {
  const { modelUrl, state, selectedId, viewNonce, reducedMotion, locale, labelsShown, onPick, onVariantsFailed } = props;
  const [index, setIndex] = useState<ModelIndex | null>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const [probe, setProbe] = useState<SceneProbe | null>(null);
  // The probe reads the state drawn now (for the tests), outside React.
  const drawnState = useRef<SceneState | null>(null);
  const fadedRef = useRef(false);
  useEffect(() => {
    drawnState.current = state;
  }, [state]);

  const handleIndex = useCallback(
    (next: ModelIndex) => {
      setIndex(next);
      setProbe(installProbe(gl, camera, next, scene, () => drawnState.current, () => fadedRef.current));
    },
    [gl, camera, scene],
  );

  const subjectKey = JSON.stringify([state.subject, state.visible, state.variants.lstv, state.variants.degeneration, state.xray]);
  const sectionKey = useSectionCamera(state, viewNonce);
  const request = useMemo<CameraRequest | null>(() => {
    if (!index) return null;
    if (sectionKey) return sectionCameraRequest(state, new BoneFrames(index), viewNonce);
    return {
      view: state.camera,
      subject: () => {
        index.root.updateMatrixWorld(true);
        const points = surfacePoints(subjectParts(index, state));
        // Until a variant's glb arrives its pieces are not drawn: frame the spine rather than nothing.
        return points.length > 0 ? points : surfacePoints(subjectParts(index, { ...state, subject: [] }));
      },
      minExtent: MIN_FRAME_EXTENT_MM * SCENE_UNITS_PER_MM,
      nonce: viewNonce,
    };
    // subjectKey and sectionKey stand for the fields of state that decide what is framed, by value, so an equal
    // state in new arrays does not re-frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, state.camera, subjectKey, sectionKey, viewNonce]);

  return (
    <>
      <SpineModel
        url={modelUrl}
        state={state}
        selectedId={selectedId}
        reducedMotion={reducedMotion}
        onIndex={handleIndex}
        onPick={onPick}
        onVariantsFailed={onVariantsFailed}
      />
      {index && <PostureDriver index={index} state={state} reducedMotion={reducedMotion} />}
      {index && <SceneOverlays state={state} index={index} reducedMotion={reducedMotion} />}
      {/* After the posture driver, so each frame's framing and labels read the spine as posed in that frame. */}
      {index && <CameraRig request={request} reducedMotion={reducedMotion} />}
      {index && <OccluderFader index={index} state={state} fadedRef={fadedRef} />}
      {index && <SceneLabels index={index} state={state} locale={locale} shown={labelsShown} onPick={onPick} />}
      {probe && <ProbeUpdater probe={probe} />}
    </>
  );
}

/** Copies the renderer's counters into the probe after each frame. */
function ProbeUpdater({ probe }: { probe: SceneProbe }) {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    probe.recordFrame(gl.info.render.calls, gl.info.render.triangles);
    if (probe.ready) reportFirstFrame();
  });
  return null;
}
