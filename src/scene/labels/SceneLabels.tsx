import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Matrix4, Vector3, type Camera, type Mesh } from 'three';
import type { Locale } from '../../content/locale';
import { structureName } from '../../story/structureNames';
import { useSceneLayout, type ScreenRect } from '../../state/sceneLayout';
import type { SceneState } from '../../story/sceneState';
import type { ModelIndex } from '../modelIndex';
import { partsOf, subjectParts, surfacePoints } from '../subjectParts';
import { anchorPosition, findAnchor, isHidden, type LabelAnchor } from './labelAnchors';
import { placeLabels, type LabelBox } from './labelLayout';
import { createLabelElements, type LabelElements } from './labelElements';

interface Props {
  index: ModelIndex;
  state: SceneState;
  locale: Locale;
  shown: boolean;
  onPick: (id: string) => void;
}

/** Anchors, hidden-ness and the subject's bounds are worked out again at most this often (s) while the view moves. */
const REFRESH_SECONDS = 0.25;
/** A label whose anchor is behind bone stays readable but steps back. */
const HIDDEN_OPACITY = 0.35;

interface Measured {
  /** The model's geometry version they were measured on: anchors are vertex indices, stale after a swap. */
  geometryVersion: number;
  anchors: (LabelAnchor | null)[];
  hidden: boolean[];
  subject: ScreenRect;
}

const world = new Vector3();

/**
 * The names of the step's labelled structures in the scene: DOM buttons with leader lines to points on the
 * structures' visible surfaces, placed beside the subject in the free part of the view. Positions are written to the
 * elements in each frame, outside React; anchors, occlusion and the subject's bounds are refreshed when the view or
 * the posture has changed. Tapping a label selects its structure, as tapping the structure does.
 */
export function SceneLabels({ index, state, locale, shown, onPick }: Props) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  // The drawn state keeps an unchanged list (and every other unchanged part) the same object (shareEqual).
  const ids = state.labels;
  const elements = useRef<LabelElements | null>(null);
  const measured = useRef<Measured | null>(null);
  const lastView = useRef({ matrix: new Matrix4(), age: Infinity });

  useEffect(() => {
    const host = gl.domElement.parentElement;
    if (!host || ids.length === 0) return;
    const names = ids.map((id) => structureName(id, locale) ?? id);
    const created = createLabelElements(host, ids, names, onPick);
    elements.current = created;
    measured.current = null;
    return () => {
      created.remove();
      elements.current = null;
    };
  }, [gl, ids, locale, onPick]);

  useEffect(() => elements.current?.setShown(shown), [shown, ids, locale]);

  // A new look (a variant drawn, x-ray on) changes which parts carry the anchors and which hide them.
  useEffect(() => {
    measured.current = null;
  }, [state.visible, state.xray, state.variants, state.subject, ids]);

  useFrame((_, delta) => {
    const labels = elements.current;
    if (!labels || !shown) return;
    const view = lastView.current;
    view.age += delta;
    const moved = !view.matrix.equals(camera.matrixWorld);
    // Also now and then while still: fades and the looped posture change what hides an anchor.
    if (!measured.current || measured.current.geometryVersion !== index.geometryVersion || (moved && view.age > REFRESH_SECONDS) || view.age > REFRESH_SECONDS * 4) {
      measured.current = measure(index, state, ids, camera);
      view.matrix.copy(camera.matrixWorld);
      view.age = 0;
    }
    const { width, height, free } = useSceneLayout.getState();
    const boxes: LabelBox[] = measured.current.anchors.map((anchor, i) => ({
      anchor: anchor ? screenPoint(anchorPosition(anchor, world), camera, width, height) : null,
      ...labels.size()[i]!,
    }));
    const area = free.width > 0 ? free : { x: 0, y: 0, width, height };
    const placed = placeLabels(boxes, measured.current.subject, area);
    placed.forEach((p, i) => {
      const anchor = boxes[i]!.anchor;
      labels.write(i, p && anchor ? { ...p, anchorX: anchor.x, anchorY: anchor.y } : null, measured.current!.hidden[i] ? HIDDEN_OPACITY : 1);
    });
  });

  return null;
}

/** A world point in scene-area CSS pixels, or null when it is off screen or behind the camera. */
export function screenPoint(point: Vector3, camera: Camera, width: number, height: number): { x: number; y: number } | null {
  const p = point.project(camera);
  if (p.z > 1 || p.x < -1 || p.x > 1 || p.y < -1 || p.y > 1) return null;
  return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height };
}
function measure(index: ModelIndex, state: SceneState, ids: readonly string[], camera: Camera): Measured {
  index.root.updateMatrixWorld(true);
  const { width, height } = useSceneLayout.getState();
  const anchors = ids.map((id) => findAnchor(partsOf(index, state, [id]), camera));
  const labelled = new Set(ids.flatMap((id) => partsOf(index, state, [id]).map((p) => p.mesh)));
  const occluders: Mesh[] = index.parts
    .filter((p) => p.look.drawn && p.look.material.opacity >= 0.6 && !labelled.has(p.mesh))
    .map((p) => p.mesh);
  const hidden = anchors.map((a) => (a ? isHidden(anchorPosition(a, world), camera, occluders) : false));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of surfacePoints(subjectParts(index, state), 120)) {
    const p = screenPoint(point, camera, width, height);
    if (!p) continue;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const subject = minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: width / 2, y: height / 2, width: 0, height: 0 };
  return { geometryVersion: index.geometryVersion, anchors, hidden, subject };
}
