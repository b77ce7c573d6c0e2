import { create } from 'zustand';
import type { SavedView, Stroke } from '../story/share/composition';
import { LIMITS } from '../story/share/composition';
import type { CameraPoseMm } from './doctorCamera';

/**
 * The doctor's composition for one patient (the playlist of steps, the marks, the saved views) and the strokes on
 * screen now. Its own store, apart from the explainer's: the findings and the language stay in the explainer's
 * store, where the rest of the app reads them. Nothing here names the patient.
 */
export interface DoctorSessionState {
  playlist: readonly string[];
  marks: readonly string[];
  views: readonly SavedView[];
  /** The strokes shown now, and the camera pose they were drawn on (null before the first). */
  strokes: readonly Stroke[];
  strokesPose: CameraPoseMm | null;
  /** The saved view the strokes on screen belong to; null while they are not saved yet. */
  shownView: number | null;
  /** A saved view to bring back once the camera holds still (after a step change). */
  pendingView: number | null;
  /** What was wrong with a shared link this page opened or was sent to. */
  notice: 'damaged' | 'unreadable' | null;
}

const EMPTY: DoctorSessionState = {
  playlist: [],
  marks: [],
  views: [],
  strokes: [],
  strokesPose: null,
  shownView: null,
  pendingView: null,
  notice: null,
};

export const useDoctorSession = create<DoctorSessionState>()(() => EMPTY);

/** Back to nothing composed: the kiosk's reset calls this between patients. */
export function clearDoctorSession(): void {
  useDoctorSession.setState(EMPTY, true);
}

export const hasComposition = (s: DoctorSessionState) => s.playlist.length > 0 || s.marks.length > 0 || s.views.length > 0;

const set = useDoctorSession.setState;
const get = useDoctorSession.getState;

export function toggleMark(id: string): void {
  const { marks } = get();
  if (marks.includes(id)) set({ marks: marks.filter((m) => m !== id) });
  else if (marks.length < LIMITS.marks) set({ marks: [...marks, id] });
}

export function addStep(id: string): void {
  const { playlist } = get();
  if (!playlist.includes(id) && playlist.length < LIMITS.steps) set({ playlist: [...playlist, id] });
}

export function moveStep(id: string, by: -1 | 1): void {
  const playlist = [...get().playlist];
  const from = playlist.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= playlist.length) return;
  [playlist[from], playlist[to]] = [playlist[to]!, playlist[from]!];
  set({ playlist });
}

/** Removing a step removes the views drawn on it (a view belongs to a step of the playlist). */
export function removeStep(id: string): void {
  const { playlist, views } = get();
  set({ playlist: playlist.filter((s) => s !== id), views: views.filter((v) => v.step !== id), strokes: [], shownView: null, strokesPose: null });
}

/** A finished stroke, drawn on the camera pose given; it joins the saved view on screen, if one is. */
export function addStroke(stroke: Stroke, pose: CameraPoseMm): void {
  const { strokes, shownView, views, strokesPose } = get();
  if (strokes.length >= LIMITS.strokesPerView) return;
  const next = [...strokes, stroke];
  set({ strokes: next, strokesPose: strokesPose ?? pose, views: withViewStrokes(views, shownView, next) });
}

export function undoStroke(): void {
  const { strokes, shownView, views } = get();
  const next = strokes.slice(0, -1);
  set({ strokes: next, views: withViewStrokes(views, shownView, next) });
}

export function clearStrokes(): void {
  const { shownView, views } = get();
  set({ strokes: [], views: withViewStrokes(views, shownView, []) });
}

function withViewStrokes(views: readonly SavedView[], index: number | null, strokes: readonly Stroke[]): readonly SavedView[] {
  if (index === null) return views;
  return views.map((view, i) => (i === index ? { ...view, strokes: [...strokes] } : view));
}

/** Saves the pose (and the strokes on screen) as a view of the step; the step joins the playlist. */
export function saveView(step: string, pose: CameraPoseMm): void {
  const { views, strokes, shownView } = get();
  if (shownView !== null || views.length >= LIMITS.views) return;
  addStep(step);
  if (!get().playlist.includes(step)) return;
  set({ views: [...views, { step, camera: pose, strokes: [...strokes] }], shownView: views.length, strokesPose: pose });
}

/** The camera moved away from the drawing: unsaved strokes become a saved view, and the strokes leave the screen. */
export function putAwayStrokes(step: string): void {
  const { strokes, shownView, strokesPose } = get();
  if (strokes.length > 0 && shownView === null && strokesPose) saveView(step, strokesPose);
  set({ strokes: [], shownView: null, strokesPose: null });
}

/** Brings a saved view's strokes back on screen (the scene moves the camera to its pose). */
export function showView(index: number): void {
  const view = get().views[index];
  if (view) set({ strokes: view.strokes, shownView: index, strokesPose: view.camera, pendingView: null });
}

export function requestView(index: number | null): void {
  set({ pendingView: index });
}

export function setShareNotice(notice: DoctorSessionState['notice']): void {
  set({ notice });
}
