import { useMediaQuery } from './useMediaQuery';

/** Follows the system's "reduce motion" setting: camera moves and fades then cut instead of animating. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
