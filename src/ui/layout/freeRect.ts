import { overlapArea, type ScreenRect } from '../../state/sceneLayout';

/**
 * The free rectangle scores its area weighted toward square shapes: a thin strip beside a legend is worth less than
 * a squarer space of the same area, because the subject (a joint, a spine) is drawn at the size of its smaller side.
 */
function score(rect: ScreenRect): number {
  const small = Math.min(rect.width, rect.height);
  return small * Math.sqrt(rect.width * rect.height);
}

/**
 * The largest rectangle of the area (width × height) that no obstacle overlaps, found among the rectangles whose
 * edges lie on the area's and the obstacles' edges (the largest empty rectangle always has such edges). Obstacles
 * are few (a toolbar, a legend, a sheet), so trying every pair of edges costs little, and it runs only on resize.
 */
export function largestFreeRect(width: number, height: number, obstacles: readonly ScreenRect[]): ScreenRect {
  const inside = obstacles
    .map((o) => clip(o, width, height))
    .filter((o): o is ScreenRect => o !== null);
  const xs = edges([0, width, ...inside.flatMap((o) => [o.x, o.x + o.width])]);
  const ys = edges([0, height, ...inside.flatMap((o) => [o.y, o.y + o.height])]);
  let best: ScreenRect = { x: 0, y: 0, width: 0, height: 0 };
  let bestScore = -1;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const rect = { x: xs[i]!, y: ys[k]!, width: xs[j]! - xs[i]!, height: ys[l]! - ys[k]! };
          const s = score(rect);
          if (s <= bestScore) continue;
          if (inside.some((o) => overlapArea(o, rect) > 0)) continue;
          best = rect;
          bestScore = s;
        }
      }
    }
  }
  return best;
}

function edges(values: number[]): number[] {
  return [...new Set(values.map((v) => Math.floor(v)))].sort((a, b) => a - b);
}

function clip(rect: ScreenRect, width: number, height: number): ScreenRect | null {
  // Whole pixels, rounded outward, so the free rectangle never shares a fraction of a pixel with an obstacle.
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(height, Math.ceil(rect.y + rect.height));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}
