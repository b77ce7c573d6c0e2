import type { ScreenRect } from '../../state/sceneLayout';

export interface LabelBox {
  /** The anchor on screen (CSS px in the scene area), or null when it is off screen or behind the camera. */
  anchor: { x: number; y: number } | null;
  width: number;
  height: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  /** Where the leader line leaves the label. */
  lineX: number;
  lineY: number;
}

/** Space between the subject's bounds and a label, and between labels. */
const GAP_PX = 10;
const EDGE_PX = 4;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * Places the labels beside the subject, in the free part of the scene: each in a column left or right of the
 * subject's bounds (the side its anchor is on, or the other when that side has no room), at its anchor's height,
 * then pushed apart so no two overlap, and kept inside the free area. Pure: run each frame for a few labels.
 */
export function placeLabels(labels: readonly LabelBox[], subject: ScreenRect, free: ScreenRect): (PlacedLabel | null)[] {
  const centre = subject.x + subject.width / 2;
  const roomLeft = subject.x - GAP_PX - free.x;
  const roomRight = free.x + free.width - (subject.x + subject.width + GAP_PX);
  const placed: (PlacedLabel | null)[] = labels.map(() => null);
  const columns: Record<'left' | 'right', number[]> = { left: [], right: [] };
  labels.forEach((label, i) => {
    if (!label.anchor) return;
    const preferred = label.anchor.x < centre ? 'left' : 'right';
    const fits = (side: 'left' | 'right') => (side === 'left' ? roomLeft : roomRight) >= label.width;
    const other = preferred === 'left' ? 'right' : 'left';
    const side = fits(preferred) || !fits(other) ? preferred : other;
    const x =
      side === 'left'
        ? clamp(subject.x - GAP_PX - label.width, free.x + EDGE_PX, free.x + free.width - label.width - EDGE_PX)
        : clamp(subject.x + subject.width + GAP_PX, free.x + EDGE_PX, free.x + free.width - label.width - EDGE_PX);
    placed[i] = { x, y: label.anchor.y - label.height / 2, lineX: 0, lineY: 0 };
    columns[side].push(i);
  });
  for (const column of Object.values(columns)) spreadColumn(column, labels, placed, free);
  placed.forEach((p, i) => {
    const label = labels[i]!;
    if (!p || !label.anchor) return;
    p.lineX = label.anchor.x < p.x ? p.x : label.anchor.x > p.x + label.width ? p.x + label.width : label.anchor.x;
    p.lineY = p.y + label.height / 2;
  });
  return placed;
}

/** Orders a column by height and pushes overlapping labels apart, keeping the column inside the free area. */
function spreadColumn(column: number[], labels: readonly LabelBox[], placed: (PlacedLabel | null)[], free: ScreenRect): void {
  column.sort((a, b) => placed[a]!.y - placed[b]!.y);
  const top = free.y + EDGE_PX;
  const bottom = free.y + free.height - EDGE_PX;
  let cursor = top;
  for (const i of column) {
    const p = placed[i]!;
    p.y = Math.max(p.y, cursor);
    cursor = p.y + labels[i]!.height + GAP_PX / 2;
  }
  // Pushed past the bottom: shift back up from the bottom, still in order.
  let limit = bottom;
  for (let k = column.length - 1; k >= 0; k--) {
    const p = placed[column[k]!]!;
    const h = labels[column[k]!]!.height;
    p.y = Math.max(top, Math.min(p.y, limit - h));
    limit = p.y - GAP_PX / 2;
  }
}
