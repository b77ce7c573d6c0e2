/** Vertebral levels and motion segments of the modelled lumbar spine, cranial to caudal. */
export const VERTEBRAE = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export type Vertebra = (typeof VERTEBRAE)[number];

/** Bony levels including the sacrum's first segment, which carries the L5-S1 joint. */
export const LEVELS = [...VERTEBRAE, 'S1'] as const;
export type Level = (typeof LEVELS)[number];

/** Motion segments, each named by its upper and lower level. */
export const SEGMENTS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export function segmentLevels(segment: Segment): [Level, Level] {
  const [upper, lower] = segment.split('-') as [Level, Level];
  return [upper, lower];
}
