import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Matrix4, Vector3 } from 'three';
import type { Locale } from '../../content/locale';
import { structureName } from '../../story/structureNames';
import { postureStore, type Posture } from '../../state/posture';
import { useSceneLayout } from '../../state/sceneLayout';
import type { SceneState } from '../../story/sceneState';
import type { ModelIndex } from '../modelIndex';
import { anchorPosition } from './labelAnchors';
import { placeLabels, type LabelBox } from './labelLayout';
import { createLabelElements, type LabelElements } from './labelElements';
import { LabelMeasure, occluderKey, screenPoint, type Measured } from './labelMeasure';
import { dropsMeasurement, handDragging, handHeldAfter, measurementToBegin } from './measureSchedule';

interface Props {
  index: ModelIndex;
  state: SceneState;
  locale: Locale;
  shown: boolean;
  onPick: (id: string) => void;
  /** Set while the labels point where the picture now is (no measurement due); the probe reads it to know a step has settled. */
  placedRef: RefObject<boolean>;
}

/**
 * Main-thread time a frame spends on measuring the labels (LabelMeasure): a slow device spreads it over frames. A
 * measurement that is due (a new look, a moved view) takes more, so the labels catch up; a routine refresh (the looped
 * posture, or a dragged one once it rests: measureSchedule) takes little, so an animated frame stays light.
 */
const MEASURE_BUDGET_MS = { due: 12, routine: 2 } as const;
/** A label whose anchor is behind bone stays readable but steps back. */
const HIDDEN_OPACITY = 0.35;

const world = new Vector3();

/**
 * The names of the step's labelled structures in the scene: DOM buttons with leader lines to points on the
 * structures' visible surfaces, placed beside the subject in the free part of the view. Positions are written to the
 * elements in each frame, outside React; anchors, occlusion and the subject's bounds are refreshed when the view or
 * the posture has changed. Tapping a label selects its structure, as tapping the structure does.
 */
export function SceneLabels({ index, state, locale, shown, onPick, placedRef }: Props) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  // The drawn state keeps an unchanged list (and every other unchanged part) the same object (shareEqual).
  const ids = state.labels;
  const elements = useRef<LabelElements | null>(null);
  const measured = useRef<Measured | null>(null);
  const measuring = useRef<LabelMeasure | null>(null);
  const stale = useRef(true);
  /** The measurement under way was due (the state, the looks or the view changed), not a routine refresh. */
  const catchingUp = useRef(false);
  /** The view, projection and posture the last measurement began with, and how long ago (s). */
  const lastView = useRef({ matrix: new Matrix4(), projection: new Matrix4(), posture: null as Posture | null, age: Infinity });
  /** The posture of the frame before, to tell a hand dragging the posture from one at rest. */
  const lastFramePosture = useRef<Posture | null>(null);
  /** How long (s) the posture has held since a hand last moved it. */
  const handHeld = useRef(Infinity);

  useEffect(() => {
    const host = gl.domElement.parentElement;
    if (!host || ids.length === 0) return;
    const names = ids.map((id) => structureName(id, locale) ?? id);
    const created = createLabelElements(host, ids, names, onPick);
    elements.current = created;
    measured.current = null;
    measuring.current = null;
    return () => {
      created.remove();
      elements.current = null;
    };
  }, [gl, ids, locale, onPick]);

  useEffect(() => elements.current?.setShown(shown), [shown, ids, locale]);

  // A new look (a variant drawn, x-ray on) changes which parts carry the anchors and which hide them: measured again,
  // the labels staying where they are meanwhile.
  useEffect(() => {
    stale.current = true;
  }, [state.visible, state.xray, state.variants, state.subject, ids]);

  useFrame((_, delta) => {
    const labels = elements.current;
    if (!labels || !shown) {
      placedRef.current = true;
      return;
    }
    // Anchors are vertex indices: after a geometry swap neither the old measurement nor one begun before it holds.
    if (measured.current && measured.current.geometryVersion !== index.geometryVersion) measured.current = null;
    if (measuring.current && measuring.current.geometryVersion !== index.geometryVersion) measuring.current = null;
    // A fade has crossed the line between hiding an anchor and not since the last measurement.
    const occluders = occluderKey(index);
    if (!measuring.current && measured.current && measured.current.occluders !== occluders) stale.current = true;
    const view = lastView.current;
    view.age += delta;
    const viewMoved = !view.matrix.equals(camera.matrixWorld);
    const { posture, loopDeg } = postureStore.getState();
    handHeld.current = handHeldAfter(handHeld.current, delta, posture !== lastFramePosture.current && loopDeg === null);
    lastFramePosture.current = posture;
    const dragged = handDragging(handHeld.current);
    if (measuring.current && dropsMeasurement(catchingUp.current ? 'due' : 'routine', dragged)) measuring.current = null;
    const reshaped = posture !== view.posture || !view.projection.equals(camera.projectionMatrix);
    const begin = measurementToBegin({ measured: measured.current !== null, stale: stale.current, viewMoved, age: view.age, reshaped, dragged });
    if (!measuring.current && begin) {
      measuring.current = new LabelMeasure(index, state, ids, camera);
      catchingUp.current = begin === 'due';
      stale.current = false;
      view.matrix.copy(camera.matrixWorld);
      view.projection.copy(camera.projectionMatrix);
      view.posture = posture;
      view.age = 0;
    }
    const done = measuring.current?.advance(catchingUp.current ? MEASURE_BUDGET_MS.due : MEASURE_BUDGET_MS.routine);
    if (done) {
      measured.current = done;
      measuring.current = null;
      catchingUp.current = false;
    }
    placedRef.current =
      measured.current?.occluders === occluders && !stale.current && !catchingUp.current && view.matrix.equals(camera.matrixWorld);
    const current = measured.current;
    if (!current) return;
    const { width, height, free } = useSceneLayout.getState();
    const boxes: LabelBox[] = current.anchors.map((anchor, i) => ({
      anchor: anchor ? screenPoint(anchorPosition(anchor, world), camera, width, height) : null,
      ...labels.size()[i]!,
    }));
    const area = free.width > 0 ? free : { x: 0, y: 0, width, height };
    const placed = placeLabels(boxes, current.subject, area);
    placed.forEach((p, i) => {
      const anchor = boxes[i]!.anchor;
      labels.write(i, p && anchor ? { ...p, anchorX: anchor.x, anchorY: anchor.y } : null, current.hidden[i] ? HIDDEN_OPACITY : 1);
    });
  });

  return null;
}

