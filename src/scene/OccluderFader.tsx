import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { Matrix4 } from 'three';
import type { SceneState } from '../story/sceneState';
import type { ModelIndex } from './modelIndex';
import { prepareIdPass } from './idPass';
import { occludersOf } from './occluderFade';
import { whenRendererIdle } from './rendererIdle';
import { partsOf, subjectParts } from './subjectParts';

interface Props {
  index: ModelIndex;
  state: SceneState;
  /** Set while the fades fit the view and state drawn now; the probe reads it to know a step has settled. */
  fadedRef: RefObject<boolean>;
}

/** The view must hold still this long (s) before what covers the subject is worked out again. */
const STILL_SECONDS = 0.3;
/** A slow frame (the first one, which links the model's programs) counts as no more than this towards holding still. */
const MAX_FRAME_SECONDS = 0.1;

/**
 * Fades the structures standing in front of the step's subject once the view holds still (after the framing move, or
 * after the user stops turning the model), and brings back those no longer in front, so the subject is seen. What
 * the state keeps solid (what the subject meets) stays as it is.
 */
export function OccluderFader({ index, state, fadedRef }: Props) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  /** `pass` counts the id passes asked for: only the latest one's answer is used. */
  const last = useRef({ matrix: new Matrix4(), still: 0, done: false, pass: 0 });
  // A new look fades again (the drawn state keeps its unchanged parts the same objects: shareEqual).
  const { subject, solid, visible, highlighted, xray, variants, overlays } = state;
  useEffect(() => {
    last.current.done = false;
    fadedRef.current = false;
  }, [subject, solid, visible, highlighted, xray, variants, overlays, fadedRef]);

  useFrame((_, delta) => {
    const view = last.current;
    if (!view.matrix.equals(camera.matrixWorld)) {
      view.matrix.copy(camera.matrixWorld);
      view.still = 0;
      view.done = false;
      fadedRef.current = false;
      return;
    }
    view.still += Math.min(delta, MAX_FRAME_SECONDS);
    // The id pass waits for a restored context (it refuses a lost one); a pass the loss broke is then asked again.
    if (view.done || view.still < STILL_SECONDS || gl.getContext().isContextLost()) return;
    view.done = true;
    const pass = (view.pass += 1);
    // Dropped when the view or the look has changed since (a new pass follows) or the scene has gone.
    const wanted = () => pass === view.pass && view.done;
    // The pass's programs are asked for before a wait for the renderer, and first drawn with after it: a program's
    // first use reads its uniforms back from the GPU, and the page then waits for its link and for every frame queued
    // before (up to 400 ms here).
    const fade = async () => {
      prepareIdPass(gl, scene, camera, index);
      await whenRendererIdle(gl);
      if (!wanted()) return;
      index.root.updateMatrixWorld(true);
      const inFront = await occludersOf(gl, scene, camera, index, subjectParts(index, state));
      if (!wanted()) return;
      const solid = new Set(partsOf(index, state, state.solid));
      for (const part of index.parts) part.look.setInFront(inFront.has(part) && !solid.has(part));
      fadedRef.current = true;
    };
    fade().catch(() => {
      // The context was lost: the next still view tries again.
      if (pass === view.pass) view.done = false;
    });
  });
  useEffect(() => () => void (last.current.pass += 1), []);
  return null;
}
