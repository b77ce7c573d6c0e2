/** The scene audit's measures and checks, pure: what one settled step looks like, and what is wrong with it. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StepPicture {
  step: string;
  canvas: Rect;
  subject: Rect | null;
  free: Rect;
  visibleShare: number | null;
  /** UI over the scene (toolbar, legends, sheets, chips). */
  obstacles: Rect[];
  /** Labels drawn now, and how many the step has. */
  labels: Rect[];
  labelCount: number;
  /** Labels drawn stepped back because their structure is hidden where they point. */
  labelsBehind: number;
}

export const CHECKS = ['off-screen', 'framing', 'covered', 'hidden', 'labels'] as const;
export type Check = (typeof CHECKS)[number];

/** The subject's outline fills this share of the free area's smaller side. */
export const FILL_RANGE = [0.25, 0.8] as const;
export const MIN_VISIBLE_SHARE = 0.5;
/** Sub-pixel rounding of the projected outline. */
const SLACK_PX = 2;

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - SLACK_PX &&
  inner.y >= outer.y - SLACK_PX &&
  inner.x + inner.width <= outer.x + outer.width + SLACK_PX &&
  inner.y + inner.height <= outer.y + outer.height + SLACK_PX;

export interface Measures {
  fill: number | null;
  coveredPx: number;
  labelsShown: string;
  failed: Check[];
}

export function measure(picture: StepPicture): Measures {
  const { subject, free, canvas, obstacles, labels } = picture;
  const failed: Check[] = [];
  const fill = subject ? Math.max(subject.width, subject.height) / Math.max(1, Math.min(free.width, free.height)) : null;
  const coveredPx = subject ? Math.round(obstacles.reduce((sum, o) => sum + overlap(o, subject), 0)) : 0;
  if (!subject || !inside(subject, canvas)) failed.push('off-screen');
  if (fill === null || fill < FILL_RANGE[0] || fill > FILL_RANGE[1]) failed.push('framing');
  if (coveredPx > 0) failed.push('covered');
  if (picture.visibleShare === null || picture.visibleShare < MIN_VISIBLE_SHARE) failed.push('hidden');
  const labelsClear =
    labels.length === picture.labelCount &&
    labels.every((l, i) => inside(l, canvas) && labels.slice(i + 1).every((m) => overlap(l, m) === 0)) &&
    labels.every((l) => obstacles.every((o) => overlap(l, o) === 0)) &&
    picture.labelsBehind === 0;
  if (!labelsClear) failed.push('labels');
  const behind = picture.labelsBehind > 0 ? ` (${picture.labelsBehind} behind)` : '';
  return { fill, coveredPx, labelsShown: `${labels.length}/${picture.labelCount}${behind}`, failed };
}
