import type { SavedView } from '../story/share/composition';

/** A camera pose in whole millimetres, anatomical frame (what a saved view keeps). */
export type CameraPoseMm = SavedView['camera'];

/**
 * The doctor's tools reach the 3D camera through this, set by the scene while it is mounted: read the pose (to
 * save a view), move to one (to recall it) and render one to an image (for the handout). Null while no scene is up.
 */
export interface CameraAccess {
  pose: () => CameraPoseMm;
  moveTo: (pose: CameraPoseMm) => void;
  /** Keeps the camera where it is: the rig then only re-centres it when the layout changes, never re-frames. */
  hold: () => void;
  /** Where the view's centre of projection lies on the canvas (CSS pixels from its top left), and the canvas height. */
  centre: () => { x: number; y: number; height: number };
  /** A PNG data URL of the scene seen from this pose, `width` × `height` pixels; the live view is put back after. */
  snapshot: (pose: CameraPoseMm, width: number, height: number) => string;
}

let access: CameraAccess | null = null;

export function setCameraAccess(next: CameraAccess | null): void {
  access = next;
}

export function cameraAccess(): CameraAccess | null {
  return access;
}

export function samePose(a: CameraPoseMm, b: CameraPoseMm, toleranceMm = 1): boolean {
  const close = (x: readonly number[], y: readonly number[]) => x.every((value, i) => Math.abs(value - y[i]!) <= toleranceMm);
  return close(a.position, b.position) && close(a.target, b.target);
}
