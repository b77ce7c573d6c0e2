/**
 * Quadric-error edge-collapse simplification (Garland & Heckbert 1997) for closed 2-manifold meshes.
 *
 * Why here: the voxel size that keeps facets and thin processes crisp gives far more triangles than the model
 * budget; collapsing where the surface is flat keeps the detail where it curves. A collapse is refused when it
 * would break the manifold (link condition), fold a triangle over, or leave a vertex with fewer than three
 * neighbours, so the result is still closed, consistently oriented and 2-manifold. Deterministic: ties break by
 * vertex index.
 */
import { computeVertexNormals, type MeshData } from '../meshData';

export interface SimplifyOptions {
  targetTriangles: number;
  /** Stop early when the cheapest collapse would move the surface by more than this (mm, rms over its planes). */
  maxError?: number;
}

/** Binary min-heap of candidate collapses (cost, edge a-b, stamp), in growable typed arrays. */
class EdgeHeap {
  private cost = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private stamp = new Float64Array(1024);
  size = 0;

  private less(i: number, j: number): boolean {
    const ci = this.cost[i]!;
    const cj = this.cost[j]!;
    if (ci !== cj) return ci < cj;
    return this.a[i] !== this.a[j] ? this.a[i]! < this.a[j]! : this.b[i]! < this.b[j]!;
  }

  private swap(i: number, j: number): void {
    const c = this.cost[i]!;
    this.cost[i] = this.cost[j]!;
    this.cost[j] = c;
    const a = this.a[i]!;
    this.a[i] = this.a[j]!;
    this.a[j] = a;
    const b = this.b[i]!;
    this.b[i] = this.b[j]!;
    this.b[j] = b;
    const s = this.stamp[i]!;
    this.stamp[i] = this.stamp[j]!;
    this.stamp[j] = s;
  }

  private grow(): void {
    const n = this.cost.length * 2;
    const cost = new Float64Array(n);
    cost.set(this.cost);
    this.cost = cost;
    const a = new Int32Array(n);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(n);
    b.set(this.b);
    this.b = b;
    const stamp = new Float64Array(n);
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  push(cost: number, a: number, b: number, stamp: number): void {
    if (this.size === this.cost.length) this.grow();
    let i = this.size++;
    this.cost[i] = cost;
    this.a[i] = a;
    this.b[i] = b;
    this.stamp[i] = stamp;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the cheapest entry; its fields are left in topCost / topA / topB / topStamp. */
  topCost = 0;
  topA = 0;
  topB = 0;
  topStamp = 0;
  pop(): void {
    this.topCost = this.cost[0]!;
    this.topA = this.a[0]!;
    this.topB = this.b[0]!;
    this.topStamp = this.stamp[0]!;
    this.size--;
    this.swap(0, this.size);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

export function simplifyMesh(mesh: MeshData, options: SimplifyOptions): MeshData {
  const vCount = mesh.positions.length / 3;
  const pos = Float64Array.from(mesh.positions);
  const tri = Int32Array.from(mesh.indices);
  const tCount = tri.length / 3;
  const alive = new Uint8Array(tCount).fill(1);
  const vTris: number[][] = Array.from({ length: vCount }, () => []);
  for (let t = 0; t < tCount; t++) for (let k = 0; k < 3; k++) vTris[tri[3 * t + k]!]!.push(t);

  // Plane quadrics, 10 coefficients per vertex (a², ab, ac, ad, b², bc, bd, c², cd, d²).
  const Q = new Float64Array(vCount * 10);
  /** Unnormalised triangle normal, optionally with vertex `moved` placed at `to`. */
  const normal = (t: number, moved = -1, to?: readonly number[]): [number, number, number] => {
    const i = [tri[3 * t]!, tri[3 * t + 1]!, tri[3 * t + 2]!];
    const p = i.map((v) => (v === moved && to ? to : [pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!]));
    const [a, b, c] = p as [number[], number[], number[]];
    const ux = b[0]! - a[0]!, uy = b[1]! - a[1]!, uz = b[2]! - a[2]!;
    const vx = c[0]! - a[0]!, vy = c[1]! - a[1]!, vz = c[2]! - a[2]!;
    return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
  };
  for (let t = 0; t < tCount; t++) {
    const [nx, ny, nz] = normal(t);
    const len = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    const a = nx / len, b = ny / len, c = nz / len;
    const v0 = tri[3 * t]!;
    const d = -(a * pos[3 * v0]! + b * pos[3 * v0 + 1]! + c * pos[3 * v0 + 2]!);
    const q = [a * a, a * b, a * c, a * d, b * b, b * c, b * d, c * c, c * d, d * d];
    for (let k = 0; k < 3; k++) {
      const o = tri[3 * t + k]! * 10;
      for (let m = 0; m < 10; m++) Q[o + m] = Q[o + m]! + q[m]!;
    }
  }
  const error = (q: Float64Array, x: number, y: number, z: number) =>
    q[0]! * x * x + 2 * q[1]! * x * y + 2 * q[2]! * x * z + 2 * q[3]! * x + q[4]! * y * y + 2 * q[5]! * y * z +
    2 * q[6]! * y + q[7]! * z * z + 2 * q[8]! * z + q[9]!;
  const sumQ = new Float64Array(10);
  const bestPosition = (u: number, v: number): [number, number, number, number] => {
    for (let m = 0; m < 10; m++) sumQ[m] = Q[u * 10 + m]! + Q[v * 10 + m]!;
    const q = sumQ;
    // Solve the 3×3 system for the quadric's minimum; fall back to the endpoints and midpoint.
    const a11 = q[0]!, a12 = q[1]!, a13 = q[2]!, a22 = q[4]!, a23 = q[5]!, a33 = q[7]!;
    const det = a11 * (a22 * a33 - a23 * a23) - a12 * (a12 * a33 - a23 * a13) + a13 * (a12 * a23 - a22 * a13);
    const candidates: [number, number, number][] = [
      [pos[3 * u]!, pos[3 * u + 1]!, pos[3 * u + 2]!],
      [pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!],
      [(pos[3 * u]! + pos[3 * v]!) / 2, (pos[3 * u + 1]! + pos[3 * v + 1]!) / 2, (pos[3 * u + 2]! + pos[3 * v + 2]!) / 2],
    ];
    if (Math.abs(det) > 1e-10) {
      const b1 = -q[3]!, b2 = -q[6]!, b3 = -q[8]!;
      const x = (b1 * (a22 * a33 - a23 * a23) - a12 * (b2 * a33 - a23 * b3) + a13 * (b2 * a23 - a22 * b3)) / det;
      const y = (a11 * (b2 * a33 - a23 * b3) - b1 * (a12 * a33 - a23 * a13) + a13 * (a12 * b3 - b2 * a13)) / det;
      const z = (a11 * (a22 * b3 - b2 * a23) - a12 * (a12 * b3 - b2 * a13) + b1 * (a12 * a23 - a22 * a13)) / det;
      const mid = candidates[2]!;
      const edge = Math.sqrt((candidates[0]![0] - candidates[1]![0]) ** 2 + (candidates[0]![1] - candidates[1]![1]) ** 2 + (candidates[0]![2] - candidates[1]![2]) ** 2);
      // Keep the optimum only near the edge: far optima come from nearly flat, ill-conditioned quadrics.
      if (Math.sqrt((x - mid[0]) ** 2 + (y - mid[1]) ** 2 + (z - mid[2]) ** 2) < edge) candidates.push([x, y, z]);
    }
    let best = candidates[0]!;
    let bestErr = Infinity;
    for (const c of candidates) {
      const e = error(q, c[0], c[1], c[2]);
      if (e < bestErr) {
        bestErr = e;
        best = c;
      }
    }
    return [best[0], best[1], best[2], Math.max(0, bestErr)];
  };

  const stamp = new Int32Array(vCount);
  const removed = new Uint8Array(vCount);
  const heap = new EdgeHeap();
  // Neighbour lists without allocating sets: a vertex is taken once per query by stamping it with the query id.
  const seen = new Int32Array(vCount);
  let query = 0;
  const neighbours = (v: number): number[] => {
    query++;
    const out: number[] = [];
    for (const t of vTris[v]!)
      for (let k = 0; k < 3; k++) {
        const w = tri[3 * t + k]!;
        if (w !== v && seen[w] !== query) {
          seen[w] = query;
          out.push(w);
        }
      }
    return out;
  };
  const edgeStamp = (a: number, b: number) => stamp[a]! * 65536 + stamp[b]!;
  const pushEdge = (u: number, v: number) => {
    const a = Math.min(u, v);
    const b = Math.max(u, v);
    heap.push(bestPosition(a, b)[3], a, b, edgeStamp(a, b));
  };
  for (let v = 0; v < vCount; v++) for (const w of neighbours(v)) if (w > v) pushEdge(v, w);

  let triangles = tCount;
  const maxCost = options.maxError === undefined ? Infinity : options.maxError * options.maxError * 6;
  while (triangles > options.targetTriangles && heap.size > 0) {
    heap.pop();
    const cost = heap.topCost;
    const u = heap.topA;
    const v = heap.topB;
    const st = heap.topStamp;
    if (removed[u] || removed[v] || st !== edgeStamp(u, v)) continue;
    if (cost > maxCost) break;
    const nu = neighbours(u);
    const nv = neighbours(v);
    const shared = vTris[u]!.filter((t) => vTris[v]!.includes(t));
    if (shared.length !== 2) continue;
    const common = nu.filter((w) => nv.includes(w));
    if (common.length !== 2) continue;
    if (common.some((w) => neighbours(w).length < 4)) continue;
    const [x, y, z] = bestPosition(u, v);
    const target = [x, y, z];
    let folds = false;
    for (const w of [u, v]) {
      for (const t of vTris[w]!) {
        if (shared.includes(t)) continue;
        const before = normal(t);
        const after = normal(t, w, target);
        const lb = Math.sqrt(before[0] ** 2 + before[1] ** 2 + before[2] ** 2);
        const la = Math.sqrt(after[0] ** 2 + after[1] ** 2 + after[2] ** 2);
        if (la < 1e-9 || (before[0] * after[0] + before[1] * after[1] + before[2] * after[2]) / (lb * la) < 0.3) {
          folds = true;
          break;
        }
      }
      if (folds) break;
    }
    if (folds) continue;

    for (const t of shared) {
      alive[t] = 0;
      for (let k = 0; k < 3; k++) {
        const w = tri[3 * t + k]!;
        vTris[w] = vTris[w]!.filter((s) => s !== t);
      }
    }
    for (const t of vTris[v]!) {
      for (let k = 0; k < 3; k++) if (tri[3 * t + k] === v) tri[3 * t + k] = u;
      vTris[u]!.push(t);
    }
    vTris[v] = [];
    removed[v] = 1;
    pos[3 * u] = x;
    pos[3 * u + 1] = y;
    pos[3 * u + 2] = z;
    for (let m = 0; m < 10; m++) Q[u * 10 + m] = Q[u * 10 + m]! + Q[v * 10 + m]!;
    triangles -= 2;
    // Only the edges at u changed cost; the stamp retires their old heap entries.
    stamp[u] = stamp[u]! + 1;
    for (const w of neighbours(u)) pushEdge(u, w);
  }

  // Compact the surviving vertices and triangles.
  const remap = new Int32Array(vCount).fill(-1);
  const outPos: number[] = [];
  const outIdx: number[] = [];
  for (let t = 0; t < tCount; t++) {
    if (!alive[t]) continue;
    for (let k = 0; k < 3; k++) {
      const v = tri[3 * t + k]!;
      if (remap[v] === -1) {
        remap[v] = outPos.length / 3;
        outPos.push(pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!);
      }
      outIdx.push(remap[v]!);
    }
  }
  const positions = new Float32Array(outPos);
  const indices = new Uint32Array(outIdx);
  return { positions, indices, normals: computeVertexNormals(positions, indices) };
}
