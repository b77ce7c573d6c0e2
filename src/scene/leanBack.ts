import { SEGMENTS } from '../anatomy/levels';
import { MOTION_LIMITS } from '../biomech/data';

/** The "lean back" demonstration: upright → full lumbar extension → upright, slowly, for calm pacing. */
const LEAN_BACK_PERIOD_S = 6;

/** Trunk extension at the top of the movement: the whole lumbar extension range. */
export const LEAN_BACK_PEAK_DEG = SEGMENTS.reduce((sum, segment) => sum + MOTION_LIMITS[segment].extensionDeg, 0);

export function leanBackAngle(seconds: number): number {
  const phase = (seconds % LEAN_BACK_PERIOD_S) / LEAN_BACK_PERIOD_S;
  return (LEAN_BACK_PEAK_DEG * (1 - Math.cos(2 * Math.PI * phase))) / 2;
}
