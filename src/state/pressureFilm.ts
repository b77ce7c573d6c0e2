import { createStore } from 'zustand/vanilla';
import type { FacePlan } from '../biomech/facePlan';

/**
 * The opened joint the pressure key shows: one facet joint's lower cartilage face laid flat, with the pressure the
 * scene painted on it this frame. Written by the scene's posture rig (only when the posture or the scene changes),
 * read by the DOM key; outside React state, like the posture it follows.
 */
export interface PressureFilm {
  /** The joint, as a structure id (`facet-L4-L5-right`). */
  jointId: string;
  plan: FacePlan;
  /** MPa per vertex of the lower layer, in the plan's vertex order. */
  lowerMPa: Float32Array;
}

export const pressureFilmStore = createStore<{ film: PressureFilm | null }>()(() => ({ film: null }));

export function publishPressureFilm(film: PressureFilm | null): void {
  if (film === null && pressureFilmStore.getState().film === null) return;
  pressureFilmStore.setState({ film });
}
