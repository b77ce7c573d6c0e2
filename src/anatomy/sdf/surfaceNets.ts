/**
 * Meshes a signed-distance function (negative inside) into a closed, 2-manifold triangle mesh with surface nets.
 *
 * Why surface nets: one vertex per surface cell gives smooth, evenly sized triangles from a coarse grid, and a
 * grid face never carries more than one crossing pair once ambiguous (checkerboard) faces are resolved, so
 * every mesh edge is shared by exactly two triangles. The SDF is evaluated only in a narrow band: a coarse
 * pass (4 voxels a step) marks the cells the surface can reach, which are refined to 2 voxels, then to 1.
 */
import { computeVertexNormals, type Bounds, type MeshData } from '../meshData';

export type Sdf = (x: number, y: number, z: number) => number;

export interface MeshSdfOptions {
  /** Edge of a fine voxel, mm. */
  voxel: number;
  /** Newton steps that pull each vertex onto the zero set (0 keeps the plain surface-nets average). */
  projectionSteps?: number;
}

const COARSE = 4;
/** Our fields are not exact distances (smooth blends, scaled ellipsoids): widen the band accordingly. */
const LIPSCHITZ_MARGIN = 1.25;

export function meshSdf(sdf: Sdf, bounds: Bounds, options: MeshSdfOptions): MeshData {
  const h = options.voxel;
  // Pad by two voxels and snap the grid to a multiple of the coarse step so the coarse and fine grids share corners.
  const origin = bounds.min.map((v) => v - 2 * h) as [number, number, number];
  const cells = bounds.max.map((v, k) => Math.ceil((v + 2 * h - origin[k]!) / (h * COARSE)) * COARSE);
  const nx = cells[0]! + 1;
  const ny = cells[1]! + 1;
  const nz = cells[2]! + 1;
  const field = sampleNarrowBand(sdf, origin, h, nx, ny, nz);
  resolveAmbiguousFaces(field, nx, ny, nz);
  const { positions, indices } = extractSurface(field, origin, h, nx, ny, nz);
  projectOntoSurface(sdf, positions, h, options.projectionSteps ?? 1);
  return { positions, indices, normals: computeVertexNormals(positions, indices) };
}

function sampleNarrowBand(sdf: Sdf, o: number[], h: number, nx: number, ny: number, nz: number): Float32Array {
  const field = new Float32Array(nx * ny * nz).fill(NaN);
  const sample = (i: number, j: number, k: number): number => {
    const idx = i + nx * (j + ny * k);
    let v = field[idx]!;
    if (Number.isNaN(v)) {
      v = sdf(o[0]! + i * h, o[1]! + j * h, o[2]! + k * h);
      field[idx] = v;
    }
    return v;
  };
  // Level 1: every coarse point.
  for (let k = 0; k < nz; k += COARSE) for (let j = 0; j < ny; j += COARSE) for (let i = 0; i < nx; i += COARSE) sample(i, j, k);
  // Levels 2 and 3: halve the step inside cells the surface can reach (|d| at a corner within the cell diagonal).
  let cells: number[] = [];
  for (let k = 0; k + COARSE < nz; k += COARSE)
    for (let j = 0; j + COARSE < ny; j += COARSE) for (let i = 0; i + COARSE < nx; i += COARSE) cells.push(i, j, k);
  for (let step = COARSE; step > 1; step /= 2) {
    const reach = step * h * Math.sqrt(3) * LIPSCHITZ_MARGIN;
    const half = step / 2;
    const next: number[] = [];
    for (let c = 0; c < cells.length; c += 3) {
      const i = cells[c]!;
      const j = cells[c + 1]!;
      const k = cells[c + 2]!;
      let nearest = Infinity;
      for (let q = 0; q < 8; q++) {
        const v = field[i + (q & 1) * step + nx * (j + ((q >> 1) & 1) * step + ny * (k + (q >> 2) * step))]!;
        nearest = Math.min(nearest, Math.abs(v));
      }
      if (nearest > reach) continue;
      for (let kk = 0; kk <= 2; kk++)
        for (let jj = 0; jj <= 2; jj++) for (let ii = 0; ii <= 2; ii++) sample(i + ii * half, j + jj * half, k + kk * half);
      for (let q = 0; q < 8; q++) next.push(i + (q & 1) * half, j + ((q >> 1) & 1) * half, k + (q >> 2) * half);
    }
    cells = next;
  }
  // Unsampled points lie in cells the surface cannot reach: they take the sign of the nearest sampled corner.
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const idx = i + nx * (j + ny * k);
        if (!Number.isNaN(field[idx]!)) continue;
        const mi = Math.min(Math.round(i / 2) * 2, nx - 1);
        const mj = Math.min(Math.round(j / 2) * 2, ny - 1);
        const mk = Math.min(Math.round(k / 2) * 2, nz - 1);
        let v = field[mi + nx * (mj + ny * mk)]!;
        if (Number.isNaN(v)) {
          const ci = Math.min(Math.round(i / COARSE) * COARSE, nx - 1);
          const cj = Math.min(Math.round(j / COARSE) * COARSE, ny - 1);
          const ck = Math.min(Math.round(k / COARSE) * COARSE, nz - 1);
          v = field[ci + nx * (cj + ny * ck)]!;
        }
        field[idx] = v;
      }
  return field;
}

/**
 * A grid face whose corners alternate in sign would give its mesh edge four triangles. Joining the two inside
 * corners (turning the weaker outside corner inside) removes the ambiguity; flips only go one way, so this ends.
 */
function resolveAmbiguousFaces(f: Float32Array, nx: number, ny: number, nz: number): void {
  const faces: ReadonlyArray<[number, number, number, number, number]> = [
    // stride A, stride B, and how far i, j, k may run (a face needs its far corners inside the grid)
    [1, nx, nx - 1, ny - 1, nz],
    [1, nx * ny, nx - 1, ny, nz - 1],
    [nx, nx * ny, nx, ny - 1, nz - 1],
  ];
  for (let pass = 0; pass < 8; pass++) {
    let flipped = 0;
    for (const [sa, sb, ni, nj, nk] of faces)
      for (let k = 0; k < nk; k++)
        for (let j = 0; j < nj; j++)
          for (let i = 0; i < ni; i++) {
            const a = i + nx * (j + ny * k);
            const va = f[a]!;
            const vb = f[a + sa]!;
            const vc = f[a + sa + sb]!;
            const vd = f[a + sb]!;
            if (va < 0 === vc < 0 && vb < 0 === vd < 0 && va < 0 !== vb < 0) {
              const tiny = -1e-6;
              if (va >= 0) {
                if (va < vc) f[a] = tiny;
                else f[a + sa + sb] = tiny;
              } else if (vb < vd) f[a + sa] = tiny;
              else f[a + sb] = tiny;
              flipped++;
            }
          }
    if (flipped === 0) return;
  }
}

const CORNER_EDGES: ReadonlyArray<[number, number]> = [
  [0, 1], [2, 3], [4, 5], [6, 7],
  [0, 2], [1, 3], [4, 6], [5, 7],
  [0, 4], [1, 5], [2, 6], [3, 7],
];

function extractSurface(f: Float32Array, o: number[], h: number, nx: number, ny: number, nz: number) {
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const pos: number[] = [];
  const corner = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        const base = i + nx * (j + ny * k);
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const v = f[base + (c & 1) + nx * (((c >> 1) & 1) + ny * (c >> 2))]!;
          corner[c] = v;
          if (v < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let n = 0;
        for (const [c0, c1] of CORNER_EDGES) {
          const v0 = corner[c0]!;
          const v1 = corner[c1]!;
          if (v0 < 0 === v1 < 0) continue;
          const t = v0 / (v0 - v1);
          sx += (c0 & 1) + t * ((c1 & 1) - (c0 & 1));
          sy += ((c0 >> 1) & 1) + t * (((c1 >> 1) & 1) - ((c0 >> 1) & 1));
          sz += (c0 >> 2) + t * ((c1 >> 2) - (c0 >> 2));
          n++;
        }
        cellVertex[base] = pos.length / 3;
        pos.push(o[0]! + (i + sx / n) * h, o[1]! + (j + sy / n) * h, o[2]! + (k + sz / n) * h);
      }

  const idx: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    const va = cellVertex[a]!;
    const vb = cellVertex[b]!;
    const vc = cellVertex[c]!;
    const vd = cellVertex[d]!;
    if (flip) idx.push(va, vc, vb, va, vd, vc);
    else idx.push(va, vb, vc, va, vc, vd);
  };
  const sy = nx;
  const sz = nx * ny;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const p = i + nx * (j + ny * k);
        const inside = f[p]! < 0;
        // Each grid edge leaving p in +x, +y, +z with a sign change makes one quad from the four cells around it.
        if (i < nx - 1 && j > 0 && k > 0 && inside !== f[p + 1]! < 0)
          quad(p - sy - sz, p - sz, p, p - sy, !inside);
        if (j < ny - 1 && i > 0 && k > 0 && inside !== f[p + sy]! < 0)
          quad(p - 1 - sz, p - 1, p, p - sz, !inside);
        if (k < nz - 1 && i > 0 && j > 0 && inside !== f[p + sz]! < 0)
          quad(p - 1 - sy, p - sy, p, p - 1, !inside);
      }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) };
}

/** Newton steps along the numerical gradient; the move is capped at half a voxel to keep triangles valid. */
function projectOntoSurface(sdf: Sdf, p: Float32Array, h: number, steps: number): void {
  const e = h * 0.25;
  for (let s = 0; s < steps; s++)
    for (let i = 0; i < p.length; i += 3) {
      const x = p[i]!;
      const y = p[i + 1]!;
      const z = p[i + 2]!;
      const d = sdf(x, y, z);
      const gx = (sdf(x + e, y, z) - d) / e;
      const gy = (sdf(x, y + e, z) - d) / e;
      const gz = (sdf(x, y, z + e) - d) / e;
      const g2 = gx * gx + gy * gy + gz * gz;
      if (g2 < 1e-8) continue;
      let mx = (-d * gx) / g2;
      let my = (-d * gy) / g2;
      let mz = (-d * gz) / g2;
      const len = Math.hypot(mx, my, mz);
      if (len > h * 0.5) {
        const scale = (h * 0.5) / len;
        mx *= scale;
        my *= scale;
        mz *= scale;
      }
      p[i] = x + mx;
      p[i + 1] = y + my;
      p[i + 2] = z + mz;
    }
}
