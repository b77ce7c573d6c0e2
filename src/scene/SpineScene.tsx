import { Canvas, useFrame, useThree, type GLProps } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WebGLRendererParameters } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import type { Locale } from '../content/locale';
import { reportFirstFrame } from '../state/loadProgress';
import type { SceneState } from '../story/sceneState';
import { CameraRig, type CameraRequest } from './CameraRig';
import { Lights } from './Lights';
import { BoneFrames } from './overlays/boneFrames';
import { SceneOverlays } from './overlays/SceneOverlays';
import { PostureDriver } from './PostureDriver';
import { releaseGpuResources } from './releaseGpuResources';
import { releaseIdPass } from './idPass';
import { sceneRenderer } from './sceneRenderer';
import type { ModelIndex } from './modelIndex';
import { installProbe, type SceneProbe } from './sceneProbe';
import { sameShot, sectionCameraRequest, sectionShot, type SectionShot } from './sectionCamera';
import { SceneLabels } from './labels/SceneLabels';
import { OccluderFader } from './OccluderFader';
import { SpineModel } from './SpineModel';
import { useCompareFraming } from './useCompareFraming';
import { subjectParts, surfacePoints } from './subjectParts';
import { DrawnPicture } from './pictureSignature';

export interface SpineSceneProps {
  modelUrl: string;
  /** Bumped by the reader's "try again" after the model failed to load. */
  modelAttempt: number;
  /** Told whether the model failed to load. */
  onModelFailed: (failed: boolean) => void;
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
  /** Bumped by the reader's "try again" on the variant notice. */
  variantRetryNonce: number;
  /** More for the scene once the model is indexed (the doctor's marks and camera access), drawn after everything else. */
  extras?: (index: ModelIndex) => ReactNode;
}

/**
 * Starts loading (or parsing the prefetched bytes of) a glb as soon as this code has run, while React sets the canvas
 * up, rather than once its renderer is made and the model asks for it.
 */
export { loadModelOrNull as startModelLoad } from './modelLoads';

const BACKGROUND = '#1d2430';
/**
 * A small subject is framed with some of its neighbours (at least this extent, about one vertebra with its disc), so
 * the patient sees where it sits, yet close enough that a facet's cartilage face and its pressure colours read (D).
 */
const MIN_FRAME_EXTENT_MM = 45;
/**
 * How R3F measures the canvas's box (react-use-measure). By default its resize observer waits out a 50 ms scroll
 * debounce, so the renderer was made that much after the canvas mounted; and nothing here reads the box's place on the
 * page (pointer events use offsets within the canvas), so scrolling is not followed.
 */
const MEASURE = { scroll: false, debounce: 0 } as const;

/** The 3D view: the model, its lights, the camera rig and the probe the tests read. */
export default function SpineScene(props: SpineSceneProps) {
  const { onContextLost, label } = props;
  // The canvas itself is the image (its wrapper also holds the scene's label buttons, which an image may not).
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawn = useMemo(() => new DrawnPicture(), []);
  useEffect(() => {
    canvasRef.current?.setAttribute('role', 'img');
    canvasRef.current?.setAttribute('aria-label', label);
  }, [label]);
  return (
    <Canvas
      ref={canvasRef}
      dpr={[1, 2]}
      resize={MEASURE}
      camera={{ fov: 35, near: 0.005, far: 5, position: [0.4, 0.15, -0.35] }}
      // R3F's types take a factory that returns a renderer or one that returns a promise; this one does either.
      gl={((defaults: WebGLRendererParameters) => sceneRenderer(defaults, props.antialias)) as GLProps}
      onCreated={({ gl, scene }) => {
        // Reading the shader logs makes the page wait for every compile (software WebGL translates a shader only when
        // asked, for hundreds of ms): checked while developing, not in the built app.
        gl.debug.checkShaderErrors = import.meta.env.DEV;
        const canvas = gl.domElement;
        canvas.addEventListener('webglcontextlost', () => {
          releaseGpuResources(scene);
          releaseIdPass(gl);
          onContextLost(true);
        });
        canvas.addEventListener('webglcontextrestored', () => {
          drawn.forget();
          onContextLost(false);
        });
      }}
    >
      <DrawOnChange drawn={drawn} />
      <color attach="background" args={[BACKGROUND]} />
      <Lights />
      <Suspense fallback={null}>
        <LoadedScene {...props} drawn={drawn} />
      </Suspense>
    </Canvas>
  );
}

/**
 * The section shot (overlay, segment, side) the state asks for, while it still owns the camera: it does until the
 * user asks for a view of their own (the view nonce moves). The same shot keeps its identity from render to render.
 */
function useSectionShot(state: SceneState, viewNonce: number): SectionShot | null {
  const shot = sectionShot(state);
  const [held, setHeld] = useState({ shot, nonce: viewNonce });
  if (!sameShot(held.shot, shot)) setHeld({ shot, nonce: viewNonce });
  return held.shot !== null && held.nonce === viewNonce ? held.shot : null;
}

function LoadedScene(props: SpineSceneProps & { drawn: DrawnPicture }) {
  const { modelUrl, modelAttempt, onModelFailed, state, selectedId, viewNonce, reducedMotion, locale, labelsShown, onPick, onVariantsFailed, variantRetryNonce } = props;
  const [index, setIndex] = useState<ModelIndex | null>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const [probe, setProbe] = useState<SceneProbe | null>(null);
  // The probe reads the state drawn now (for the tests), outside React.
  const drawnState = useRef<SceneState | null>(null);
  const fadedRef = useRef(false);
  const labelsPlacedRef = useRef(false);
  useEffect(() => {
    drawnState.current = state;
  }, [state]);

  const handleIndex = useCallback(
    (next: ModelIndex) => {
      setIndex(next);
      setProbe(
        installProbe(gl, camera, next, scene, () => drawnState.current, () => fadedRef.current, () => labelsPlacedRef.current),
      );
    },
    [gl, camera, scene],
  );

  // The scene state keeps unchanged parts unchanged (composeSceneState): an equal state does not re-frame.
  const { camera: view, subject, xray } = state;
  const { variants, visible } = useCompareFraming(state);
  const section = useSectionShot(state, viewNonce);
  const request = useMemo<CameraRequest | null>(() => {
    if (!index) return null;
    // Read when the rig frames (the looks as drawn then), for this subject, visibility, variants and x-ray.
    const pointsOf = (ids: SceneState['subject']) => {
      if (!drawnState.current) return [];
      index.root.updateMatrixWorld(true);
      return surfacePoints(subjectParts(index, { ...drawnState.current, subject: ids, visible, variants, xray }));
    };
    // A section view frames its own ball round the cut and the subject with it, so nothing else stands in.
    if (section) {
      const shot = sectionCameraRequest(section, new BoneFrames(index), viewNonce);
      return { ...shot, subject: () => [...shot.subject(), ...pointsOf(subject)] };
    }
    const subjectPoints = () => {
      const points = pointsOf(subject);
      // Until a variant's glb arrives its pieces are not drawn: frame the spine rather than nothing.
      return points.length > 0 ? points : pointsOf([]);
    };
    return { view, subject: subjectPoints, minExtent: MIN_FRAME_EXTENT_MM * SCENE_UNITS_PER_MM, nonce: viewNonce };
  }, [index, view, subject, visible, variants, xray, section, viewNonce]);

  return (
    <>
      <SpineModel
        url={modelUrl}
        attempt={modelAttempt}
        onModelFailed={onModelFailed}
        state={state}
        selectedId={selectedId}
        reducedMotion={reducedMotion}
        onIndex={handleIndex}
        onPick={onPick}
        onVariantsFailed={onVariantsFailed}
        variantRetryNonce={variantRetryNonce}
        drawn={props.drawn}
      />
      {index && <PostureDriver index={index} state={state} reducedMotion={reducedMotion} />}
      {index && <SceneOverlays state={state} index={index} reducedMotion={reducedMotion} />}
      {/* After the posture driver, so each frame's framing and labels read the spine as posed in that frame. */}
      {index && <CameraRig request={request} reducedMotion={reducedMotion} />}
      {index && <OccluderFader index={index} state={state} fadedRef={fadedRef} />}
      {index && <SceneLabels index={index} state={state} locale={locale} shown={labelsShown} onPick={onPick} placedRef={labelsPlacedRef} />}
      {index && props.extras?.(index)}
      {probe && <ProbeUpdater probe={probe} drawn={props.drawn} />}
    </>
  );
}

/**
 * Draws the scene only when its picture changes (R3F leaves the drawing to a frame callback with a positive
 * priority); the frame's other callbacks still run every frame, so animations and timers go on as before.
 */
function DrawOnChange({ drawn }: { drawn: DrawnPicture }) {
  useFrame(({ gl, scene, camera }) => drawn.drawIfChanged(gl, scene, camera), 1);
  return null;
}

/** Copies the counters of the scene's last drawn picture into the probe after each frame. */
function ProbeUpdater({ probe, drawn }: { probe: SceneProbe; drawn: DrawnPicture }) {
  useFrame(() => {
    probe.recordFrame(drawn);
    if (probe.ready) reportFirstFrame();
  });
  return null;
}
