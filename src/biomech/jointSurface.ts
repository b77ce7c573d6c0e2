/**
 * A facet joint's two cartilage layers seen along the joint normal: each layer becomes a height field over
 * the joint plane, so the signed gap between the posed layers costs one lookup per vertex. The joint
 * surfaces curve by at most about ±35° in the axial plane (radius 12–25 mm over a 12–15 mm wide facet),
 * so each layer's articular face is single-valued over the plane.
 */
import type { MeshData } from '../anatomy/meshData';

/** Height-field cell, mm: fine against the 0.6 mm cartilage-to-cartilage gap of a healthy joint (§12.2). */
const CELL_MM = 0.25;
/** A vertex within this distance of its layer's articular face belongs to it, mm: well under the 0.5 mm cartilage rim (§12.2). */
const FACE_TOLERANCE_MM = 0.2;

export interface JointAxes {
  /** Unit normal from the lower layer (superior articular process) toward the upper one. */
  n: [number, number, number];
  /** Two unit axes spanning the joint plane. */
  a: [number, number, number];
  b: [number, number, number];
}

/** The articular face of one layer: heights along n over a raster of the joint plane. */
export interface HeightField {
  originA: number;
  originB: number;
  cols: number;
  rows: number;
  /** Height along n per cell; NaN where the layer does not cover the cell. */
  heights: Float32Array;
  /** +1 when the face looks along +n (the lower layer), -1 when it looks along -n (the upper layer). */
  facing: 1 | -1;
}

type Vec3 = [number, number, number];
const dot = (p: ArrayLike<number>, i: number, v: Vec3) => p[i]! * v[0] + p[i + 1]! * v[1] + p[i + 2]! * v[2];

function centroid(positions: Float32Array): Vec3 {
  const c: Vec3 = [0, 0, 0];
  const count = positions.length / 3;
  for (let i = 0; i < positions.length; i += 3) for (let k = 0; k < 3; k++) c[k] = c[k]! + positions[i + k]! / count;
  return c;
}

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/**
 * The joint normal is the direction in which the two layers together are thinnest (least-variance axis of
 * their vertices), oriented from the lower layer to the upper.
 */
export function jointAxes(upper: MeshData, lower: MeshData): JointAxes {
  const both = new Float32Array(upper.positions.length + lower.positions.length);
  both.set(upper.positions);
  both.set(lower.positions, upper.positions.length);
  const c = centroid(both);
  const cov = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < both.length; i += 3) {
    for (let r = 0; r < 3; r++) for (let k = 0; k < 3; k++) cov[3 * r + k]! += (both[i + r]! - c[r]!) * (both[i + k]! - c[k]!);
  }
  // Power iteration on (trace·I − C) converges to C's least-variance axis.
  const trace = cov[0]! + cov[4]! + cov[8]!;
  let n: Vec3 = normalize([0.3, 0.5, 0.8]);
  for (let iteration = 0; iteration < 200; iteration++) {
    n = normalize([0, 1, 2].map((r) => trace * n[r]! - (cov[3 * r]! * n[0] + cov[3 * r + 1]! * n[1] + cov[3 * r + 2]! * n[2])) as Vec3);
  }
  const up = centroid(upper.positions);
  const low = centroid(lower.positions);
  if ((up[0] - low[0]) * n[0] + (up[1] - low[1]) * n[1] + (up[2] - low[2]) * n[2] < 0) n = [-n[0], -n[1], -n[2]];
  const helper: Vec3 = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const a = normalize([n[1] * helper[2] - n[2] * helper[1], n[2] * helper[0] - n[0] * helper[2], n[0] * helper[1] - n[1] * helper[0]]);
  const b: Vec3 = [n[1] * a[2] - n[2] * a[1], n[2] * a[0] - n[0] * a[2], n[0] * a[1] - n[1] * a[0]];
  return { n, a, b };
}

/** Rasterises a layer's triangles, keeping per cell the height of the face that looks toward the other layer. */
export function buildHeightField(mesh: MeshData, axes: JointAxes, facing: 1 | -1): HeightField {
  const p = mesh.positions;
  const count = p.length / 3;
  const pa = new Float32Array(count);
  const pb = new Float32Array(count);
  const ph = new Float32Array(count);
  let [minA, minB, maxA, maxB] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let v = 0; v < count; v++) {
    pa[v] = dot(p, 3 * v, axes.a);
    pb[v] = dot(p, 3 * v, axes.b);
    ph[v] = dot(p, 3 * v, axes.n);
    [minA, maxA, minB, maxB] = [Math.min(minA, pa[v]!), Math.max(maxA, pa[v]!), Math.min(minB, pb[v]!), Math.max(maxB, pb[v]!)];
  }
  const cols = Math.ceil((maxA - minA) / CELL_MM) + 1;
  const rows = Math.ceil((maxB - minB) / CELL_MM) + 1;
  const heights = new Float32Array(cols * rows).fill(NaN);
  const idx = mesh.indices;
  for (let t = 0; t < idx.length; t += 3) {
    const [i, j, k] = [idx[t]!, idx[t + 1]!, idx[t + 2]!];
    const det = (pa[j]! - pa[i]!) * (pb[k]! - pb[i]!) - (pa[k]! - pa[i]!) * (pb[j]! - pb[i]!);
    if (Math.abs(det) < 1e-9) continue; // edge-on to the joint plane: covers no cell
    const c0 = Math.max(0, Math.ceil((Math.min(pa[i]!, pa[j]!, pa[k]!) - minA) / CELL_MM - 0.5));
    const c1 = Math.min(cols - 1, Math.floor((Math.max(pa[i]!, pa[j]!, pa[k]!) - minA) / CELL_MM - 0.5));
    const r0 = Math.max(0, Math.ceil((Math.min(pb[i]!, pb[j]!, pb[k]!) - minB) / CELL_MM - 0.5));
    const r1 = Math.min(rows - 1, Math.floor((Math.max(pb[i]!, pb[j]!, pb[k]!) - minB) / CELL_MM - 0.5));
    for (let r = r0; r <= r1; r++) {
      const y = minB + (r + 0.5) * CELL_MM;
      for (let c = c0; c <= c1; c++) {
        const x = minA + (c + 0.5) * CELL_MM;
        const wj = ((x - pa[i]!) * (pb[k]! - pb[i]!) - (pa[k]! - pa[i]!) * (y - pb[i]!)) / det;
        const wk = ((pa[j]! - pa[i]!) * (y - pb[i]!) - (x - pa[i]!) * (pb[j]! - pb[i]!)) / det;
        if (wj < -1e-6 || wk < -1e-6 || wj + wk > 1 + 1e-6) continue;
        const h = ph[i]! + wj * (ph[j]! - ph[i]!) + wk * (ph[k]! - ph[i]!);
        const cell = r * cols + c;
        const old = heights[cell]!;
        if (Number.isNaN(old) || facing * (h - old) > 0) heights[cell] = h;
      }
    }
  }
  return { originA: minA, originB: minB, cols, rows, heights, facing };
}

/**
 * Height of the articular face at plane coordinates (a, b): bilinear between the four nearest cell centres,
 * or, at the layer's rim where some of them are off the cartilage, the nearest covered one; NaN off the layer.
 */
export function heightAt(field: HeightField, a: number, b: number): number {
  const fc = (a - field.originA) / CELL_MM - 0.5;
  const fr = (b - field.originB) / CELL_MM - 0.5;
  const c = Math.min(Math.max(Math.floor(fc), 0), field.cols - 2);
  const r = Math.min(Math.max(Math.floor(fr), 0), field.rows - 2);
  const x = fc - c;
  const y = fr - r;
  if (x < -0.5 || y < -0.5 || x > 1.5 || y > 1.5) return NaN;
  const h = field.heights;
  const corners = [h[r * field.cols + c]!, h[r * field.cols + c + 1]!, h[(r + 1) * field.cols + c]!, h[(r + 1) * field.cols + c + 1]!];
  const weights = [(1 - x) * (1 - y), x * (1 - y), (1 - x) * y, x * y];
  let sum = 0;
  let total = 0;
  let nearest = NaN;
  let nearestWeight = -Infinity;
  for (let k = 0; k < 4; k++) {
    if (Number.isNaN(corners[k])) continue;
    sum += corners[k]! * weights[k]!;
    total += weights[k]!;
    if (weights[k]! > nearestWeight) [nearest, nearestWeight] = [corners[k]!, weights[k]!];
  }
  return total === 1 || Math.abs(total - 1) < 1e-9 ? sum : nearest;
}

/** 1 for the vertices on a layer's articular face (not its bony side or rim), else 0. */
export function articularFaceVertices(mesh: MeshData, axes: JointAxes, field: HeightField): Uint8Array {
  const p = mesh.positions;
  const onFace = new Uint8Array(p.length / 3);
  for (let v = 0; v < onFace.length; v++) {
    const face = heightAt(field, dot(p, 3 * v, axes.a), dot(p, 3 * v, axes.b));
    onFace[v] = Math.abs(dot(p, 3 * v, axes.n) - face) <= FACE_TOLERANCE_MM ? 1 : 0;
  }
  return onFace;
}
