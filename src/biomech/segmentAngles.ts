/**
 * How a trunk extension (positive) or flexion (negative) angle is shared among the lumbar segments:
 * in proportion to each segment's limit (§12.4), each clamped to its limit. Beyond the summed lumbar
 * range the rest of the movement is the hips'.
 */
import { SEGMENTS, type Segment } from '../anatomy/levels';
import { LSTV, MOTION_LIMITS } from './data';
import { l5s1MotionFraction, type LstvVariant } from './lstv';

function lumbarRangeDeg(direction: 'flexionDeg' | 'extensionDeg'): number {
  return SEGMENTS.reduce((sum, segment) => sum + MOTION_LIMITS[segment][direction], 0);
}

function spreadOverLimits(trunkExtensionDeg: number): Record<Segment, number> {
  const direction = trunkExtensionDeg >= 0 ? 'extensionDeg' : 'flexionDeg';
  const used = Math.min(1, Math.abs(trunkExtensionDeg) / lumbarRangeDeg(direction));
  const sign = Math.sign(trunkExtensionDeg);
  const angles = {} as Record<Segment, number>;
  for (const segment of SEGMENTS) angles[segment] = sign * used * MOTION_LIMITS[segment][direction];
  return angles;
}

/**
 * Segment angles in degrees (positive = extension) for a trunk angle. With a transitional vertebra, L5-S1
 * loses part of its share and L4-L5 takes LSTV.transferToL4L5 of what was lost (§12.6); the rest is lost
 * range, because a stiff lumbosacral junction shortens the lumbar arc.
 */
export function segmentAngles(trunkExtensionDeg: number, options: { lstv?: LstvVariant } = {}): Record<Segment, number> {
  const angles = spreadOverLimits(trunkExtensionDeg);
  if (!options.lstv) return angles;
  const normalL5S1 = angles['L5-S1'];
  const lost = normalL5S1 * (1 - l5s1MotionFraction(options.lstv.type, normalL5S1));
  angles['L5-S1'] = normalL5S1 - lost;
  angles['L4-L5'] += LSTV.transferToL4L5 * lost;
  return angles;
}
