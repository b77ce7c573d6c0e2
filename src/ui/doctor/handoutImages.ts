import { cameraAccess, samePose, type CameraPoseMm } from '../../state/doctorCamera';
import { useDoctorSession } from '../../state/doctorSession';
import { useSceneLayout } from '../../state/sceneLayout';
import { useExplainer } from '../../state/store';
import type { Stroke } from '../../story/share/composition';
import { findStepIndex } from '../../story/steps';
import { STROKE_FILL } from './StrokeOverlay';
import { strokeOutline } from './strokePath';

/** Print resolution of a step's picture: about 170 mm wide at 240 dpi, in the screen's 16:10. */
export const PRINT_WIDTH = 1600;
export const PRINT_HEIGHT = 1000;
const STROKE_WIDTH_PRINT = 14;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the camera has held still a while (the step's framing done), at most `limitMs`. */
async function cameraSettled(limitMs: number): Promise<CameraPoseMm | null> {
  const start = performance.now();
  let last: CameraPoseMm | null = null;
  let still = 0;
  while (performance.now() - start < limitMs) {
    await wait(250);
    const pose = cameraAccess()?.pose() ?? null;
    still = pose && last && samePose(pose, last) ? still + 1 : 0;
    last = pose;
    if (still >= 4) return pose;
  }
  return last;
}

/**
 * The live view brought closer along its line of sight, so that its subject fills the print as it fills the free
 * part of the screen (the screen's framing leaves room for the panel; the print has none to leave).
 */
function fillPrint(pose: CameraPoseMm, viewHeight: number): CameraPoseMm {
  const { free } = useSceneLayout.getState();
  const freeSide = Math.min(free.width, free.height);
  if (freeSide <= 0 || viewHeight <= 0) return pose;
  const printSide = Math.min(PRINT_WIDTH, PRINT_HEIGHT) / PRINT_HEIGHT;
  const scale = Math.min(1, freeSide / viewHeight / printSide);
  const position = pose.position.map((p, axis) => Math.round(pose.target[axis]! + (p - pose.target[axis]!) * scale));
  return { position: position as CameraPoseMm['position'], target: pose.target };
}

/** A snapshot with the strokes drawn on it at the same place relative to the centre of projection. */
function withStrokes(snapshot: string, strokes: readonly Stroke[]): Promise<string> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = PRINT_WIDTH;
      canvas.height = PRINT_HEIGHT;
      const context = canvas.getContext('2d');
      if (!context) return resolve(snapshot);
      context.drawImage(image, 0, 0);
      const frame = { x: PRINT_WIDTH / 2, y: PRINT_HEIGHT / 2, height: PRINT_HEIGHT };
      for (const stroke of strokes) {
        context.fillStyle = STROKE_FILL[stroke.colour];
        context.fill(new Path2D(strokeOutline(stroke, frame, STROKE_WIDTH_PRINT)));
      }
      resolve(canvas.toDataURL('image/jpeg', 0.9));
    };
    image.onerror = () => resolve(snapshot);
    image.src = snapshot;
  });
}

/**
 * One picture per playlist step, in order: the explainer walks to each step, lets its framing finish and renders it
 * at print resolution, from the doctor's first saved view of that step (with its strokes) where there is one. The
 * reader is put back on the step they were on.
 */
export async function renderHandoutImages(onProgress: (done: number) => void): Promise<string[]> {
  const { playlist, views } = useDoctorSession.getState();
  const explainer = useExplainer.getState();
  const startIndex = explainer.stepIndex;
  const images: string[] = [];
  for (const step of playlist) {
    explainer.goToStep(findStepIndex(step));
    const pose = await cameraSettled(8000);
    const access = cameraAccess();
    const view = views.find((v) => v.step === step);
    // A saved view keeps its exact pose (its strokes were drawn on it); the step's own view fills the print.
    const shotPose = view?.camera ?? (pose && access ? fillPrint(pose, access.centre().height) : pose);
    const snapshot = access && shotPose ? access.snapshot(shotPose, PRINT_WIDTH, PRINT_HEIGHT) : '';
    images.push(snapshot ? await withStrokes(snapshot, view?.strokes ?? []) : '');
    onProgress(images.length);
  }
  explainer.goToStep(startIndex);
  return images;
}
