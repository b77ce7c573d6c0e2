import { getStroke } from 'perfect-freehand';
import { LIMITS, type Stroke } from '../../story/share/composition';

/** Where the view's centre of projection is on the overlay (CSS pixels) and the overlay's height. */
export interface ViewFrame {
  x: number;
  y: number;
  height: number;
}

/** Stroke units: thousandths of the view's height from its centre of projection (see composition.ts). */
const UNITS = 1000;
/** A new point closer than this to the last (stroke units) adds nothing a patient would see. */
const MIN_STEP = 6;

export function toUnits(clientX: number, clientY: number, frame: ViewFrame): [number, number] {
  return [Math.round(((clientX - frame.x) / frame.height) * UNITS), Math.round(((clientY - frame.y) / frame.height) * UNITS)];
}

export function fromUnits([u, v]: readonly [number, number], frame: ViewFrame): [number, number] {
  return [frame.x + (u / UNITS) * frame.height, frame.y + (v / UNITS) * frame.height];
}

/**
 * Adds a point to a stroke being drawn: near ones are skipped, and a stroke that reaches the point limit keeps every
 * other point (its ends kept), so a long scribble stays within what a link carries.
 */
export function withPoint(points: readonly [number, number][], point: [number, number]): [number, number][] {
  const last = points.at(-1);
  const clamp = (n: number) => Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, n));
  const next: [number, number] = [clamp(point[0]), clamp(point[1])];
  if (last && Math.hypot(next[0] - last[0], next[1] - last[1]) < MIN_STEP) return [...points];
  const grown = [...points, next];
  if (grown.length <= LIMITS.pointsPerStroke) return grown;
  return grown.filter((_, i) => i % 2 === 0 || i === grown.length - 1);
}

/** The outline of a stroke as an SVG path, drawn `width` pixels wide with perfect-freehand's pressure-like taper. */
export function strokeOutline(stroke: Stroke, frame: ViewFrame, width: number): string {
  const outline = getStroke(
    stroke.points.map((p) => fromUnits(p, frame)),
    { size: width, thinning: 0.35, smoothing: 0.6, streamline: 0.4, simulatePressure: true },
  );
  if (outline.length === 0) return '';
  const [first, ...rest] = outline;
  return `M${first![0].toFixed(1)},${first![1].toFixed(1)}${rest.map(([x, y]) => `L${x!.toFixed(1)},${y!.toFixed(1)}`).join('')}Z`;
}
