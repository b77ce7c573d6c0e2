/**
 * Measuring tools for the anatomy tests: what an anatomist would do with calipers, done on the generated meshes.
 */
import { Matrix4, Vector3 } from 'three';
import type { MeshData } from '../../src/anatomy/meshData';

export type V3 = [number, number, number];

export function vertices(mesh: MeshData, matrix?: Matrix4): V3[] {
  const out: V3[] = [];
  const v = new Vector3();
  for (let i = 0; i < mesh.positions.length; i += 3) {
    v.set(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!);
    if (matrix) v.applyMatrix4(matrix);
    out.push([v.x, v.y, v.z]);
  }
  return out;
}

export function extent(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

/** Every undirected edge used by exactly two triangles, once in each direction (closed, consistently oriented). */
export function edgeDefects(mesh: MeshData): number {
  const directed = new Map<number, number>();
  const n = mesh.positions.length / 3;
  const key = (a: number, b: number) => a * n + b;
  for (let t = 0; t < mesh.indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = mesh.indices[t + k]!;
      const b = mesh.indices[t + ((k + 1) % 3)]!;
      directed.set(key(a, b), (directed.get(key(a, b)) ?? 0) + 1);
    }
  let defects = 0;
  for (const [k, count] of directed) {
    const a = Math.floor(k / n);
    const b = k % n;
    if (count !== 1 || directed.get(key(b, a)) !== 1) defects++;
  }
  return defects;
}

/** Least-squares plane through points: centroid and unit normal (smallest-variance direction). */
export function fitPlane(points: V3[]): { centroid: V3; normal: V3 } {
  const n = points.length;
  const c: V3 = [
    points.reduce((s, p) => s + p[0], 0) / n,
    points.reduce((s, p) => s + p[1], 0) / n,
    points.reduce((s, p) => s + p[2], 0) / n,
  ];
  let xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
  for (const p of points) {
    const x = p[0] - c[0], y = p[1] - c[1], z = p[2] - c[2];
    xx += x * x; xy += x * y; xz += x * z; yy += y * y; yz += y * z; zz += z * z;
  }
  // Power iteration on (trace·I - covariance) converges to the covariance's smallest eigenvector.
  const trace = xx + yy + zz;
  const a = [trace - xx, -xy, -xz, trace - yy, -yz, trace - zz];
  let v: V3 = [0.3, 0.5, 0.8];
  for (let i = 0; i < 200; i++) {
    const w: V3 = [
      a[0]! * v[0] + a[1]! * v[1] + a[2]! * v[2],
      a[1]! * v[0] + a[3]! * v[1] + a[4]! * v[2],
      a[2]! * v[0] + a[4]! * v[1] + a[5]! * v[2],
    ];
    const len = Math.hypot(...w);
    v = [w[0] / len, w[1] / len, w[2] / len];
  }
  return { centroid: c, normal: v };
}

export function angleBetween(a: V3, b: V3): number {
  const dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.min(1, Math.max(-1, dot))) * 180) / Math.PI;
}

/**
 * Cross-section of a closed mesh by the plane y = level of a frame: area and centroid (x, z) of the section,
 * from the triangles' cut segments (Green's theorem; the mesh's outward orientation orients the segments).
 */
export function crossSection(mesh: MeshData, toFrame: Matrix4, level: number): { area: number; centroid: [number, number] } {
  const p = vertices(mesh, toFrame);
  let area = 0;
  let cx = 0;
  let cz = 0;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const tri = [p[mesh.indices[t]!]!, p[mesh.indices[t + 1]!]!, p[mesh.indices[t + 2]!]!];
    const pts: [number, number][] = [];
    for (let k = 0; k < 3; k++) {
      const a = tri[k]!;
      const b = tri[(k + 1) % 3]!;
      if (a[1] - level < 0 !== b[1] - level < 0) {
        const s = (level - a[1]) / (b[1] - a[1]);
        pts.push([a[0] + s * (b[0] - a[0]), a[2] + s * (b[2] - a[2])]);
      }
    }
    if (pts.length !== 2) continue;
    // Orient the segment so the solid lies to its left in (x, z), using the triangle's normal.
    const [u, v, w] = tri as [V3, V3, V3];
    const nx = (v[1] - u[1]) * (w[2] - u[2]) - (v[2] - u[2]) * (w[1] - u[1]);
    const nz = (v[0] - u[0]) * (w[1] - u[1]) - (v[1] - u[1]) * (w[0] - u[0]);
    let [a, b] = pts as [[number, number], [number, number]];
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    // Outward normal in the plane is (nx, nz); for a counter-clockwise (x, z) loop it points right of travel.
    if (dz * nx - dx * nz < 0) [a, b] = [b, a];
    const cross = a[0] * b[1] - b[0] * a[1];
    area += cross / 2;
    cx += ((a[0] + b[0]) * cross) / 6;
    cz += ((a[1] + b[1]) * cross) / 6;
  }
  return { area: Math.abs(area), centroid: [cx / area, cz / area] };
}

/** Distances along a ray (unit direction) at which it crosses the mesh surface, nearest first. */
export function rayHits(mesh: MeshData, origin: V3, dir: V3): number[] {
  const p = mesh.positions;
  const hits: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t]! * 3, b = mesh.indices[t + 1]! * 3, c = mesh.indices[t + 2]! * 3;
    const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const h = [dir[1] * e2[2]! - dir[2] * e2[1]!, dir[2] * e2[0]! - dir[0] * e2[2]!, dir[0] * e2[1]! - dir[1] * e2[0]!];
    const det = e1[0]! * h[0]! + e1[1]! * h[1]! + e1[2]! * h[2]!;
    if (Math.abs(det) < 1e-12) continue;
    const s = [origin[0] - p[a]!, origin[1] - p[a + 1]!, origin[2] - p[a + 2]!];
    const u = (s[0]! * h[0]! + s[1]! * h[1]! + s[2]! * h[2]!) / det;
    if (u < 0 || u > 1) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (dir[0] * q[0]! + dir[1] * q[1]! + dir[2] * q[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    const dist = (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det;
    if (dist > 0) hits.push(dist);
  }
  return hits.sort((x, y) => x - y);
}
