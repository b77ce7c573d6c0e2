import { useStore } from 'zustand';
import { postureStore, type Posture } from '../state/posture';

/** The animated posture, for the few DOM parts that show it: only the component that calls this re-renders. */
export function usePosture(): Posture {
  return useStore(postureStore, (state) => state.posture);
}
