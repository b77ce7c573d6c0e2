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

type Side = 'left' | 'right' | 'above' | 'below';

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * Places the labels beside the subject, in the free part of the scene: each in a column left or right of the
 * subject's bounds (the side its anchor is on, or the other when that side has no room) at its anchor's height, or,
 * where the free area is too narrow for a column (a phone), in a row above or below the subject at its anchor's
 * x. Then they are pushed apart so no two overlap, and kept inside the free area. Only when no side has room does a
 * label go over the subject. Pure: run each frame for a few labels.
 */
export function placeLabels(labels: readonly LabelBox[], subject: ScreenRect, free: ScreenRect): (PlacedLabel | null)[] {
  const centreX = subject.x + subject.width / 2;
  const centreY = subject.y + subject.height / 2;
  const room: Record<Side, number> = {
    left: subject.x - GAP_PX - free.x,
    right: free.x + free.width - (subject.x + subject.width + GAP_PX),
    above: subject.y - GAP_PX - free.y,
    below: free.y + free.height - (subject.y + subject.height + GAP_PX),
  };
  const placed: (PlacedLabel | null)[] = labels.map(() => null);
  const groups: Record<Side, number[]> = { left: [], right: [], above: [], below: [] };
  // A side fits a label when it has room for it beside the labels it holds already: a column's labels stacked down
  // the free area's height, a row's wrapped onto as many rows as the free area's width needs.
  const fits = (side: Side, label: LabelBox) => {
    const held = [...groups[side].map((i) => labels[i]!), label];
    if (side === 'left' || side === 'right') {
      const stacked = held.reduce((sum, l) => sum + l.height + GAP_PX / 2, 0);
      return room[side] >= Math.max(...held.map((l) => l.width)) && stacked <= free.height - 2 * EDGE_PX;
    }
    const rows = wrapRow(held.map((l) => l.width), free.width - 2 * EDGE_PX).length;
    return rows * (Math.max(...held.map((l) => l.height)) + GAP_PX / 2) <= room[side];
  };
  labels.forEach((label, i) => {
    const anchor = label.anchor;
    if (!anchor) return;
    const column: Side = anchor.x < centreX ? 'left' : 'right';
    const row: Side = anchor.y < centreY ? 'above' : 'below';
    const order: Side[] = [column, column === 'left' ? 'right' : 'left', row, row === 'above' ? 'below' : 'above'];
    // With no room anywhere, a row (where a further row may come over the subject, never over another label).
    const side = order.find((s) => fits(s, label)) ?? (room.above > room.below ? 'above' : 'below');
    const maxX = free.x + free.width - label.width - EDGE_PX;
    const maxY = free.y + free.height - label.height - EDGE_PX;
    let x: number;
    let y: number;
    if (side === 'left' || side === 'right') {
      x = clamp(side === 'left' ? subject.x - GAP_PX - label.width : subject.x + subject.width + GAP_PX, free.x + EDGE_PX, maxX);
      y = anchor.y - label.height / 2;
    } else {
      x = clamp(anchor.x - label.width / 2, free.x + EDGE_PX, maxX);
      y = clamp(side === 'above' ? subject.y - GAP_PX - label.height : subject.y + subject.height + GAP_PX, free.y + EDGE_PX, maxY);
    }
    placed[i] = { x, y, lineX: 0, lineY: 0 };
    groups[side].push(i);
  });
  spreadRow(groups.above, labels, placed, free, -1);
  spreadRow(groups.below, labels, placed, free, 1);
  // The rows run the free area's width, over the columns' x too: the columns keep to the band between them.
  const rowsAbove = groups.above.map((i) => placed[i]!.y + labels[i]!.height);
  const rowsBelow = groups.below.map((i) => placed[i]!.y);
  const band = {
    top: Math.max(free.y + EDGE_PX, ...rowsAbove.map((bottom) => bottom + GAP_PX / 2)),
    bottom: Math.min(free.y + free.height - EDGE_PX, ...rowsBelow.map((top) => top - GAP_PX / 2)),
  };
  spreadColumn(groups.left, labels, placed, band);
  spreadColumn(groups.right, labels, placed, band);
  placed.forEach((p, i) => {
    const label = labels[i]!;
    if (!p || !label.anchor) return;
    const { x: ax, y: ay } = label.anchor;
    const beside = ax < p.x || ax > p.x + label.width;
    // From the label's edge nearest the anchor: its side beside the subject, its top or bottom above or below it.
    p.lineX = beside ? clamp(ax, p.x, p.x + label.width) : ax;
    p.lineY = beside ? p.y + label.height / 2 : ay < p.y ? p.y : ay > p.y + label.height ? p.y + label.height : p.y + label.height / 2;
  });
  return placed;
}

/** Pushes overlapping boxes apart along one axis in order, then back from the far end, keeping them in [start, end]. */
function spread(order: number[], start: number, end: number, get: (i: number) => number, set: (i: number, v: number) => void, size: (i: number) => number) {
  order.sort((a, b) => get(a) - get(b));
  let cursor = start;
  for (const i of order) {
    set(i, Math.max(get(i), cursor));
    cursor = get(i) + size(i) + GAP_PX / 2;
  }
  let limit = end;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    set(i, Math.max(start, Math.min(get(i), limit - size(i))));
    limit = get(i) - GAP_PX / 2;
  }
}

/** Orders a column by height and pushes overlapping labels apart, keeping the column inside its band. */
function spreadColumn(column: number[], labels: readonly LabelBox[], placed: (PlacedLabel | null)[], band: { top: number; bottom: number }): void {
  const p = (i: number) => placed[i]!;
  spread(column, band.top, band.bottom, (i) => p(i).y, (i, v) => (p(i).y = v), (i) => labels[i]!.height);
}

/** Splits widths, in order, into rows no wider than `span` (indices into `widths`). */
function wrapRow(widths: readonly number[], span: number): number[][] {
  const rows: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    const width = w + GAP_PX / 2;
    if (used > 0 && used + width > span) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(i);
    used += width;
  });
  return rows;
}

/**
 * Orders a row left to right and pushes overlapping labels apart, keeping the row inside the free area; labels that
 * do not fit on the row go on a further one, away from the subject (up above it, down below it), or, where the free
 * area ends there, toward it.
 */
function spreadRow(row: number[], labels: readonly LabelBox[], placed: (PlacedLabel | null)[], free: ScreenRect, away: -1 | 1): void {
  const p = (i: number) => placed[i]!;
  const start = free.x + EDGE_PX;
  const end = free.x + free.width - EDGE_PX;
  const ordered = [...row].sort((a, b) => p(a).x - p(b).x);
  const lines = wrapRow(ordered.map((i) => labels[i]!.width), end - start).map((line) => line.map((k) => ordered[k]!));
  const top = free.y + EDGE_PX;
  const bottom = free.y + free.height - EDGE_PX;
  const base = ordered.length > 0 ? p(ordered[0]!).y : 0;
  let awayOffset = 0;
  let towardOffset = 0;
  for (const [n, line] of lines.entries()) {
    const height = Math.max(0, ...line.map((i) => labels[i]!.height));
    const step = height + GAP_PX / 2;
    let y = base + away * awayOffset;
    if (n > 0 && (y < top || y + height > bottom)) {
      towardOffset += step;
      y = base - away * towardOffset;
    } else awayOffset += step;
    for (const i of line) p(i).y = clamp(y, top, bottom - labels[i]!.height);
    spread(line, start, end, (i) => p(i).x, (i, v) => (p(i).x = v), (i) => labels[i]!.width);
  }
}
