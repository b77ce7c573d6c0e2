import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { Sphere } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import type { SceneState } from '../story/sceneState';
import { CameraRig, type CameraRequest } from './CameraRig';
import { focusBones } from './focusBones';
import { Lights } from './Lights';
import { BoneFrames } from './overlays/boneFrames';
import { SceneOverlays } from './overlays/SceneOverlays';
import { PostureDriver } from './PostureDriver';
import { releaseGpuResources } from './releaseGpuResources';
import type { ModelIndex } from './modelIndex';
import { installProbe, type SceneProbe } from './sceneProbe';
import { sameShot, sectionCameraRequest, sectionShot, type SectionShot } from './sectionCamera';
import { SpineModel } from './SpineModel';

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
  /** Moves the drawn image right by this many CSS pixels (to clear controls laid over the scene's left side). */
  viewShiftPx: number;
  /** Multisampling: off on software rasterisers, where it multiplies the cost of every frame. */
  antialias: boolean;
  reducedMotion: boolean;
  label: string;
  onPick: (id: string | null) => void;
  onContextLost: (lost: boolean) => void;
  /** Told which pathology variant glbs failed to load (empty once none that is needed has failed). */
  onVariantsFailed: (models: readonly string[]) => void;
  /** Bumped by the reader's "try again" on the variant notice. */
  variantRetryNonce: number;
}

const BACKGROUND = '#1d2430';
/** A focused segment is framed with some of its neighbours, so the patient still sees where it sits. */
const MIN_FRAME_RADIUS_MM = 85;

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
      onCreated={({ gl, scene }) => {
        const canvas = gl.domElement;
        canvas.addEventListener('webglcontextlost', () => {
          releaseGpuResources(scene);
          onContextLost(true);
        });
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
 * The section shot (overlay, segment, side) the state asks for, while it still owns the camera: it does until the
 * user asks for a view of their own (the view nonce moves). The same shot keeps its identity from render to render.
 */
function useSectionShot(state: SceneState, viewNonce: number): SectionShot | null {
  const shot = sectionShot(state);
  const [held, setHeld] = useState({ shot, nonce: viewNonce });
  if (!sameShot(held.shot, shot)) setHeld({ shot, nonce: viewNonce });
  return held.shot !== null && held.nonce === viewNonce ? held.shot : null;
}

function LoadedScene(props: SpineSceneProps) {
  const { modelUrl, modelAttempt, onModelFailed, state, selectedId, viewNonce, viewShiftPx, reducedMotion, onPick, onVariantsFailed, variantRetryNonce } = props;
  const [index, setIndex] = useState<ModelIndex | null>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const [probe, setProbe] = useState<SceneProbe | null>(null);

  const handleIndex = useCallback(
    (next: ModelIndex) => {
      setIndex(next);
      setProbe(installProbe(gl, camera, next));
    },
    [gl, camera],
  );

  // The scene state keeps an unchanged focus or camera unchanged (composeSceneState): an equal state does not re-frame.
  const { camera: view, focus } = state;
  const section = useSectionShot(state, viewNonce);
  const request = useMemo<CameraRequest | null>(() => {
    if (!index) return null;
    if (section) return sectionCameraRequest(section, new BoneFrames(index), viewNonce);
    const frame = index.bounds(focusBones(focus)).getBoundingSphere(new Sphere());
    frame.radius = Math.max(frame.radius, MIN_FRAME_RADIUS_MM * SCENE_UNITS_PER_MM);
    return { view, frame, nonce: viewNonce };
  }, [index, view, focus, section, viewNonce]);

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
      />
      {index && <PostureDriver index={index} state={state} reducedMotion={reducedMotion} />}
      {index && <SceneOverlays state={state} index={index} reducedMotion={reducedMotion} />}
      <CameraRig request={request} reducedMotion={reducedMotion} viewShiftPx={viewShiftPx} />
      {probe && <ProbeUpdater probe={probe} />}
    </>
  );
}

/** Copies the renderer's counters into the probe after each frame. */
function ProbeUpdater({ probe }: { probe: SceneProbe }) {
  const gl = useThree((s) => s.gl);
  useFrame(() => probe.recordFrame(gl.info.render.calls, gl.info.render.triangles));
  return null;
}
