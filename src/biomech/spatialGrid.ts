/**
 * A uniform grid over a point cloud (a mesh's vertices) for nearest-point queries. Built once per mesh in
 * its own stored frame; posed queries are brought into that frame first, because rigid motion keeps
 * distances, so the grid never has to be rebuilt while a slider drags.
 */
export interface PointGrid {
  readonly points: Float32Array;
  readonly cellSize: number;
  readonly origin: [number, number, number];
  readonly dims: [number, number, number];
  /** Start of each cell's run in `order`; one more entry than cells. */
  readonly cellStart: Int32Array;
  /** Point indices sorted by cell. */
  readonly order: Int32Array;
}

export function buildPointGrid(points: Float32Array, cellSize: number): PointGrid {
  const count = points.length / 3;
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) {
      const v = points[3 * i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  const dims = [0, 1, 2].map((k) => Math.max(1, Math.floor((max[k]! - min[k]!) / cellSize) + 1)) as [number, number, number];
  const cellOf = new Int32Array(count);
  const cellStart = new Int32Array(dims[0] * dims[1] * dims[2] + 1);
  for (let i = 0; i < count; i++) {
    const cx = Math.floor((points[3 * i]! - min[0]) / cellSize);
    const cy = Math.floor((points[3 * i + 1]! - min[1]) / cellSize);
    const cz = Math.floor((points[3 * i + 2]! - min[2]) / cellSize);
    const cell = (cz * dims[1] + cy) * dims[0] + cx;
    cellOf[i] = cell;
    cellStart[cell + 1]!++;
  }
  for (let c = 1; c < cellStart.length; c++) cellStart[c] = cellStart[c]! + cellStart[c - 1]!;
  const fill = cellStart.slice(0, -1);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[fill[cellOf[i]!]!++] = i;
  return { points, cellSize, origin: min, dims, cellStart, order };
}

/**
 * Index of the point nearest to (x, y, z) no farther than maxDistance, or -1. Searches rings of cells
 * outward and stops once no unvisited cell can hold a nearer point.
 */
export function nearestPoint(grid: PointGrid, x: number, y: number, z: number, maxDistance: number): number {
  const { points, cellSize, origin, dims, cellStart, order } = grid;
  const cx = Math.floor((x - origin[0]) / cellSize);
  const cy = Math.floor((y - origin[1]) / cellSize);
  const cz = Math.floor((z - origin[2]) / cellSize);
  const maxRing = Math.ceil(maxDistance / cellSize);
  let best = -1;
  let bestSq = maxDistance * maxDistance;
  for (let ring = 0; ring <= maxRing; ring++) {
    if (best >= 0 && (ring - 1) * cellSize >= Math.sqrt(bestSq)) break;
    for (let k = Math.max(0, cz - ring); k <= Math.min(dims[2] - 1, cz + ring); k++) {
      for (let j = Math.max(0, cy - ring); j <= Math.min(dims[1] - 1, cy + ring); j++) {
        const onShell = Math.abs(k - cz) === ring || Math.abs(j - cy) === ring;
        // Inside the shell only the two end cells of each row are new to this ring.
        const step = onShell || ring === 0 ? 1 : 2 * ring;
        for (let i = cx - ring; i <= cx + ring; i += step) {
          if (i < 0 || i >= dims[0]) continue;
          const cell = (k * dims[1] + j) * dims[0] + i;
          for (let s = cellStart[cell]!; s < cellStart[cell + 1]!; s++) {
            const p = order[s]!;
            const dx = points[3 * p]! - x;
            const dy = points[3 * p + 1]! - y;
            const dz = points[3 * p + 2]! - z;
            const dSq = dx * dx + dy * dy + dz * dz;
            if (dSq < bestSq) {
              bestSq = dSq;
              best = p;
            }
          }
        }
      }
    }
  }
  return best;
}
