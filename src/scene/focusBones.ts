import { segmentLevels, type Segment } from '../anatomy/levels';

/** The bones the camera frames for a focus: both bones of each segment, or the lumbar spine and sacrum. */
export function focusBones(focus: readonly Segment[]): string[] {
  if (focus.length === 0) return ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum'];
  const ids = new Set<string>();
  for (const segment of focus) {
    for (const level of segmentLevels(segment)) ids.add(level === 'S1' ? 'sacrum' : level);
  }
  return [...ids];
}
