import { Vector3, type Camera, type Object3D, type Scene, type WebGLRenderer } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { variantDisplay } from '../anatomy/variants/variantSelection';
import type { ScreenRect } from '../state/sceneLayout';
import { useSceneLayout } from '../state/sceneLayout';
import type { SceneState } from '../story/sceneState';
import type { ModelIndex } from './modelIndex';
import type { DrawnPicture } from './pictureSignature';
import { markTarget } from './doctor/markTarget';
import { needleReading } from './overlays/needleReading';
import { subjectClientRect, subjectVisibleShare } from './subjectAudit';

/** What the scene audit reads after a step settles (client CSS pixels). */
export interface SubjectAudit {
  /** The subject's outline on screen, or null when none of it is drawn. */
  subject: ScreenRect | null;
  /** The free part of the scene the layout published. */
  free: ScreenRect;
  /** Share of the subject's pixels not hidden by opaque structures in front of it. */
  visibleShare: number | null;
}

/**
 * Read-only facts about the drawn scene for the browser tests and the benchmark
 * (`window.__spineProbe`): nothing in the app reads it.
 */
export interface SceneProbe {
  ready: boolean;
  drawCalls: number;
  triangles: number;
  /** The scene loop's frames so far, drawn or not: tests wait on them to see the result of an action. */
  frames: number;
  /** Pictures of the scene drawn so far: a frame whose picture has not changed draws none. */
  pictures: number;
  /** Time of the first frame with the model drawn, ms since navigation start. */
  firstFrameMs: number | null;
  cameraPosition: () => [number, number, number];
  /** Client (CSS pixel) position of a structure's centre, or null when it is not drawn. */
  locate: (id: string) => { x: number; y: number } | null;
  /** What is drawn, compactly: camera, each drawn structure with its look, and the pose of L1. */
  signature: () => string;
  /** Ids of the structures drawn now (fading ones included). */
  drawnIds: () => string[];
  /** Where the detailed bones and discs are (ModelIndex.detail): `detailed` once all are drawn. */
  detail: () => ModelIndex['detail'];
  /** The variant glbs grafted onto the model so far. */
  variantModels: () => string[];
  /** The needles drawn and how far (mm) the farthest tip still is from its target: 0 once all have arrived. */
  needles: () => { count: number; remainingMm: number };
  /**
   * The doctor's markers: each one's marked structure, where the marker is and where the centre of that structure
   * as drawn now is (mm, world).
   */
  marks: () => { mark: string; positionMm: [number, number, number]; centreMm: [number, number, number] }[];
  /** How many drawn structures are cut by a clipping plane (the axial cut). */
  clippedCount: () => number;
  /** The renderer's resources now, and the dispose listeners on the scene's geometries (one per renderer that drew them). */
  gpu: () => { geometries: number; textures: number; programs: number; disposeListeners: number };
  /** True once the variant glbs the drawn state needs are grafted onto the model (a part of `settled`). */
  variantsIn: () => boolean;
  /**
   * True once the variant models the state needs are drawn, the detailed bones and discs are in (or failed to come),
   * what covers the subject is faded, no fade runs, and the labels point where the picture now is.
   */
  settled: () => boolean;
  /** Where the subject is and how much of it shows (an id render pass: slow, for the tests only). */
  auditSubject: () => SubjectAudit;
  /** Called after each frame with the last drawn picture's counters. */
  recordFrame: (drawn: Pick<DrawnPicture, 'calls' | 'triangles' | 'drawnCount'>) => void;
}

declare global {
  interface Window {
    __spineProbe?: SceneProbe;
  }
}

export function installProbe(
  gl: WebGLRenderer,
  camera: Camera,
  index: ModelIndex,
  scene: Scene,
  getState: () => SceneState | null,
  faded: () => boolean,
  labelsPlaced: () => boolean,
): SceneProbe {
  const probe: SceneProbe = {
    ready: false,
    drawCalls: 0,
    triangles: 0,
    frames: 0,
    pictures: 0,
    firstFrameMs: null,
    cameraPosition: () => camera.position.toArray() as [number, number, number],
    locate: (id) => {
      const part = index.parts.find((p) => p.id === id && p.look.drawn);
      if (!part) return null;
      const centre = new Vector3();
      part.mesh.geometry.computeBoundingBox();
      part.mesh.geometry.boundingBox?.getCenter(centre);
      part.mesh.localToWorld(centre).project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((centre.x + 1) / 2) * rect.width, y: rect.top + ((1 - centre.y) / 2) * rect.height };
    },
    signature: () => {
      const cameraPart = camera.position.toArray().map((v) => v.toFixed(3)).join(',');
      const drawn = index.parts
        .filter((p) => p.look.drawn)
        .map((p) => `${p.id}:${p.look.material.opacity.toFixed(2)}:${p.look.material.emissiveIntensity > 0 ? 'h' : ''}`)
        .join(' ');
      const l1 = index.nodes.get('L1')?.matrix.elements.map((v) => v.toFixed(3)).join(',') ?? '';
      return `${cameraPart}|${drawn}|${l1}`;
    },
    drawnIds: () => index.parts.filter((p) => p.look.drawn).map((p) => p.id),
    detail: () => index.detail,
    variantModels: () => [...index.grafted],
    needles: () => ({ count: needleReading.needles, remainingMm: needleReading.remainingMm }),
    marks: () => {
      const markers: Object3D[] = [];
      scene.traverse((object) => {
        if (object.name === 'doctor-mark') markers.push(object);
      });
      return markers.map((marker) => {
        const mark = String(marker.userData.mark);
        const position = marker.getWorldPosition(new Vector3());
        const target = markTarget(index, mark);
        const centre = target ? target.node.localToWorld(target.local.clone()) : position;
        const mm = (v: Vector3) => v.toArray().map((n) => n / SCENE_UNITS_PER_MM) as [number, number, number];
        return { mark, positionMm: mm(position), centreMm: mm(centre) };
      });
    },
    clippedCount: () =>
      gl.localClippingEnabled ? index.parts.filter((p) => p.look.drawn && (p.look.material.clippingPlanes?.length ?? 0) > 0).length : 0,
    gpu: () => {
      let top = index.root;
      while (top.parent) top = top.parent;
      const geometries = new Set<{ _listeners?: { dispose?: unknown[] } }>();
      top.traverse((object) => {
        const geometry = (object as { geometry?: { _listeners?: { dispose?: unknown[] } } }).geometry;
        if (geometry) geometries.add(geometry);
      });
      const disposeListeners = [...geometries].reduce((n, g) => n + (g._listeners?.dispose?.length ?? 0), 0);
      const { memory, programs } = gl.info;
      return { geometries: memory.geometries, textures: memory.textures, programs: programs?.length ?? 0, disposeListeners };
    },
    variantsIn: () => {
      const state = getState();
      return state !== null && variantDisplay(state.variants).models.every((model) => index.grafted.has(model));
    },
    settled: () => {
      const detailDone = index.detail === 'detailed' || index.detail === 'failed';
      return detailDone && probe.variantsIn() && faded() && index.parts.every((p) => !p.look.changing) && labelsPlaced();
    },
    auditSubject: () => {
      const state = getState();
      const canvas = gl.domElement;
      const rect = canvas.getBoundingClientRect();
      const { free } = useSceneLayout.getState();
      return {
        subject: state ? subjectClientRect(index, state, camera, canvas) : null,
        free: { ...free, x: free.x + rect.left, y: free.y + rect.top },
        visibleShare: state ? subjectVisibleShare(gl, scene, camera, index, state) : null,
      };
    },
    recordFrame: ({ calls, triangles, drawnCount }) => {
      probe.frames += 1;
      probe.pictures = drawnCount;
      probe.drawCalls = calls;
      probe.triangles = triangles;
      if (probe.ready || calls === 0) return;
      probe.ready = true;
      // Milliseconds since navigation start, comparable with any other page's first frame.
      probe.firstFrameMs = performance.now();
      document.documentElement.dataset.sceneReady = 'true';
    },
  };
  window.__spineProbe = probe;
  return probe;
}
