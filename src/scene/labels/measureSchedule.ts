/** Anchors, hidden-ness and the subject's bounds are worked out again at most this often (s) while the view moves. */
const REFRESH_SECONDS = 0.25;
/** While the view holds still and the bones move (the looped lean-back), hidden-ness is refreshed this often (s). */
const ROUTINE_SECONDS = REFRESH_SECONDS * 4;

/** What a frame knows when it decides whether to begin measuring the labels. */
export interface MeasureMoment {
  /** A measurement for the current geometry and labels exists. */
  measured: boolean;
  /** The look changed since (a variant drawn, x-ray on, a fade crossed): the measurement no longer holds. */
  stale: boolean;
  /** The camera moved since the last measurement began. */
  viewMoved: boolean;
  /** Seconds since the last measurement began. */
  age: number;
  /** The posture or the projection changed since the last measurement began. */
  reshaped: boolean;
  /** A hand is moving the posture (the slider; the looped lean-back is not a hand): see `handDragging`. */
  dragged: boolean;
}

/**
 * Which measurement a frame begins: a due one (nothing measured, a new look, a moved view: the labels catch up), a
 * routine refresh (the bones moved under a still view), or none. While a hand drags the posture, the refresh waits
 * until it rests: one begun in a drag frame would measure a pose the next frame has left, and take its share of every
 * drag frame.
 */
export function measurementToBegin(moment: MeasureMoment): 'due' | 'routine' | null {
  const { measured, stale, viewMoved, age, reshaped, dragged } = moment;
  if (!measured || stale || (viewMoved && age > REFRESH_SECONDS)) return 'due';
  if (reshaped && age > ROUTINE_SECONDS && !dragged) return 'routine';
  return null;
}

/** Whether a measurement under way is dropped: a routine refresh when a hand moves the posture (a due one goes on). */
export function dropsMeasurement(kind: 'due' | 'routine', dragged: boolean): boolean {
  return kind === 'routine' && dragged;
}

/** How long (s) a posture moved by hand must hold before it counts as resting: a finger holds a frame or two mid-drag. */
const HAND_REST_SECONDS = 0.3;

/** Seconds the hand has held the posture after a frame of `delta` s in which it `moved` it (or did not). */
export function handHeldAfter(heldSeconds: number, delta: number, moved: boolean): number {
  return moved ? 0 : heldSeconds + delta;
}

/** Whether a hand is still dragging the posture, having held it for `heldSeconds`. */
export function handDragging(heldSeconds: number): boolean {
  return heldSeconds < HAND_REST_SECONDS;
}
