import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Matrix4 } from 'three';
import type { SceneState } from '../story/sceneState';
import type { ModelIndex } from './modelIndex';
import { occludersOf } from './occluderFade';
import { partsOf, subjectParts } from './subjectParts';

interface Props {
  index: ModelIndex;
  state: SceneState;
  /** Set while the fades fit the view and state drawn now; the probe reads it to know a step has settled. */
  fadedRef: RefObject<boolean>;
}

/** The view must hold still this long (s) before what covers the subject is worked out again. */
const STILL_SECONDS = 0.3;

/**
 * Fades the structures standing in front of the step's subject once the view holds still (after the framing move, or
 * after the user stops turning the model), and brings back those no longer in front, so the subject is seen. What
 * the state keeps solid (what the subject meets) stays as it is.
 */
export function OccluderFader({ index, state, fadedRef }: Props) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const last = useRef({ matrix: new Matrix4(), still: 0, done: false });
  const lookKey = JSON.stringify([state.subject, state.solid, state.visible, state.highlighted, state.xray, state.variants, state.overlays]);

  useEffect(() => {
    last.current.done = false;
    fadedRef.current = false;
  }, [lookKey, fadedRef]);

  useFrame((_, delta) => {
    const view = last.current;
    if (!view.matrix.equals(camera.matrixWorld)) {
      view.matrix.copy(camera.matrixWorld);
      view.still = 0;
      view.done = false;
      fadedRef.current = false;
      return;
    }
    view.still += delta;
    if (view.done || view.still < STILL_SECONDS) return;
    view.done = true;
    index.root.updateMatrixWorld(true);
    const inFront = occludersOf(gl, scene, camera, index, subjectParts(index, state));
    const solid = new Set(partsOf(index, state, state.solid));
    for (const part of index.parts) part.look.setInFront(inFront.has(part) && !solid.has(part));
    fadedRef.current = true;
  });
  return null;
}
