import { createStore } from 'zustand/vanilla';
import type { Segment } from '../anatomy/levels';

export type DiscHeightLoss = Partial<Record<Segment, number>>;

/** The posture drawn now: trunk angle (degrees, extension positive) and fractional disc height loss per segment. */
export interface Posture {
  readonly trunkDeg: number;
  readonly discHeightLoss: DiscHeightLoss;
}

interface PostureSources {
  /** The drawn scene's own posture: the step's, with the disc loss the reader's findings imply. */
  base: Posture;
  /** The reader's hand on the trunk slider; null follows the step. */
  heldDeg: number | null;
  /** The reader's own disc height loss, on top of the step's; null follows the step. */
  discLoss: DiscHeightLoss | null;
  /** The looped lean-back's angle this frame, written by the frame loop while the loop runs. */
  loopDeg: number | null;
}

interface PostureState extends PostureSources {
  /** The one animated value: every reader (bones, pressure map, arrows, readouts, legend) draws from it. */
  posture: Posture;
}

const NEUTRAL: Posture = { trunkDeg: 0, discHeightLoss: {} };

function sameLoss(a: DiscHeightLoss, b: DiscHeightLoss): boolean {
  const keys = Object.keys(a) as Segment[];
  return keys.length === Object.keys(b).length && keys.every((segment) => a[segment] === b[segment]);
}

function resolve({ base, heldDeg, discLoss, loopDeg }: PostureSources, previous: Posture): Posture {
  const trunkDeg = loopDeg ?? heldDeg ?? base.trunkDeg;
  const discHeightLoss = discLoss ? { ...base.discHeightLoss, ...discLoss } : base.discHeightLoss;
  const lossKept = sameLoss(discHeightLoss, previous.discHeightLoss);
  if (trunkDeg === previous.trunkDeg && lossKept) return previous;
  return { trunkDeg, discHeightLoss: lossKept ? previous.discHeightLoss : discHeightLoss };
}

/**
 * The posture lives outside React state: the sliders and the frame loop write it, and only the few things that show
 * it subscribe (the readouts, the legend's bars) or read it in `useFrame` (bones, pressure map, arrows). A dragged
 * slider or the looped lean-back therefore re-renders nothing else.
 */
export const postureStore = createStore<PostureState>()(() => ({
  base: NEUTRAL,
  heldDeg: null,
  discLoss: null,
  loopDeg: null,
  posture: NEUTRAL,
}));

function update(change: Partial<PostureSources>): void {
  const state = postureStore.getState();
  const sources = { ...state, ...change };
  postureStore.setState({ ...change, posture: resolve(sources, state.posture) });
}

/** The posture drawn now; cheap enough to call in every frame. */
export function currentPosture(): Posture {
  return postureStore.getState().posture;
}

/** Called when the drawn scene changes (step, findings): its own trunk angle and disc height loss. */
export function setPostureBase(trunkDeg: number, discHeightLoss: DiscHeightLoss): void {
  const { base } = postureStore.getState();
  if (base.trunkDeg === trunkDeg && base.discHeightLoss === discHeightLoss) return;
  update({ base: { trunkDeg, discHeightLoss } });
}

/** A hand on the trunk slider: the spine holds this angle (a running loop gives way). */
export function holdTrunkAngle(deg: number): void {
  update({ heldDeg: deg, loopDeg: null });
}

/** The reader's disc height loss for one segment (the slider shows one segment at a time). */
export function setDiscLoss(segment: Segment, fraction: number): void {
  update({ discLoss: { ...postureStore.getState().discLoss, [segment]: fraction } });
}

/** The frame loop's angle while the lean-back loops; null when it stops. */
export function setLoopAngle(deg: number | null): void {
  if (postureStore.getState().loopDeg === deg) return;
  update({ loopDeg: deg });
}

/** A new step starts from its own posture. */
export function clearHeldPosture(): void {
  update({ heldDeg: null, discLoss: null, loopDeg: null });
}
