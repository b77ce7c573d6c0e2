import { segmentLevels, type Segment, type Vertebra } from './levels';
import type { BoneId } from './posture';

/**
 * The two bones of a motion segment: its upper vertebra and the bone below (S1 is part of the sacrum).
 * Free of three, so the structure list (and with it the first download) can use it.
 */
export function segmentBones(segment: Segment): { upper: Vertebra; lower: BoneId } {
  const [upper, lower] = segmentLevels(segment);
  return { upper: upper as Vertebra, lower: lower === 'S1' ? 'sacrum' : (lower as Vertebra) };
}
