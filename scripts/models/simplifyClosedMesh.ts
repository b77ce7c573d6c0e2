import { MeshoptSimplifier } from 'meshoptimizer';
import { computeVertexNormals, type MeshData } from '../../src/anatomy/meshData';

/** Largest deviation the simplifier may introduce, relative to the mesh's size (1% ≈ 0.5–1.5 mm). */
const MAX_RELATIVE_ERROR = 0.01;

/**
 * Drops pairs of triangles on the same three vertices with opposite winding. Edge collapses that pinch a thin
 * wall shut leave such a zero-volume pair; removing both keeps the surface closed and manifold.
 */
function removeOppositeTwins(indices: Uint32Array): Uint32Array {
  const byVertices = new Map<string, number[]>();
  for (let t = 0; t < indices.length / 3; t++) {
    const key = [...indices.subarray(3 * t, 3 * t + 3)].sort((a, b) => a - b).join(',');
    byVertices.set(key, [...(byVertices.get(key) ?? []), t]);
  }
  const dropped = new Set([...byVertices.values()].filter((ts) => ts.length === 2).flat());
  const kept: number[] = [];
  for (let t = 0; t < indices.length / 3; t++) if (!dropped.has(t)) kept.push(...indices.subarray(3 * t, 3 * t + 3));
  return Uint32Array.from(kept);
}

/** How far a coincident vertex is nudged for the simplifier, mm (far below the output precision). */
const COINCIDENT_NUDGE = 0.01;

/**
 * Surface nets split a pinch point into two vertices at the same place. The simplifier would weld them as a
 * seam and leave holes, so for its input each later copy is nudged toward the middle of its own triangles.
 */
function separateCoincidentVertices(positions: Float32Array, indices: Uint32Array): Float32Array {
  const first = new Map<string, number>();
  const coincident = new Set<number>();
  for (let v = 0; v < positions.length / 3; v++) {
    const key = positions.subarray(3 * v, 3 * v + 3).join(',');
    if (first.has(key)) coincident.add(v);
    else first.set(key, v);
  }
  if (coincident.size === 0) return positions;
  const centre = new Map<number, [number, number, number, number]>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]!;
      if (!coincident.has(v)) continue;
      const sum = centre.get(v) ?? [0, 0, 0, 0];
      for (let j = 0; j < 3; j++) for (let c = 0; c < 3; c++) sum[c]! += positions[3 * indices[t + j]! + c]! / 3;
      sum[3]++;
      centre.set(v, sum);
    }
  }
  const nudged = positions.slice();
  for (const [v, [x, y, z, n]] of centre) {
    const d: [number, number, number] = [x / n - positions[3 * v]!, y / n - positions[3 * v + 1]!, z / n - positions[3 * v + 2]!];
    const length = Math.hypot(...d) || 1;
    for (let c = 0; c < 3; c++) nudged[3 * v + c] = positions[3 * v + c]! + (d[c]! / length) * COINCIDENT_NUDGE;
  }
  return nudged;
}

/** Vertices of each directed edge that breaks closedness (edge used twice, or without its reverse). */
function verticesOnBadEdges(indices: Uint32Array): number[] {
  const count = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const key = `${indices[t + k]}>${indices[t + ((k + 1) % 3)]}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  const bad: number[] = [];
  for (const [key, n] of count) {
    const [a, b] = key.split('>').map(Number) as [number, number];
    if (n !== 1 || count.get(`${b}>${a}`) !== 1) bad.push(a, b);
  }
  return bad;
}

/** Rounds of locking more vertices before giving up and keeping the full-resolution mesh. */
const MAX_LOCK_ROUNDS = 8;
/** Normals steer the collapses a little so shading survives (meshoptimizer attribute weights). */
const NORMAL_WEIGHT = 0.05;

/**
 * Edge-collapse simplification (meshoptimizer) toward a triangle budget, keeping a closed mesh (a bone, a
 * disc) closed. Collapses can squeeze two sheets of a thin process onto one edge; when that happens the vertices there and their
 * neighbours are locked and the simplification is rerun, so the mesh always stays closed and manifold.
 * Await `MeshoptSimplifier.ready` before calling.
 */
export function simplifyClosedMesh(mesh: MeshData, targetTriangles: number): MeshData {
  if (mesh.indices.length / 3 <= targetTriangles) return mesh;
  const simplifierPositions = separateCoincidentVertices(mesh.positions, mesh.indices);
  const normals = mesh.normals ?? computeVertexNormals(mesh.positions, mesh.indices);
  const lock = new Uint8Array(mesh.positions.length / 3);
  const neighbours = (vertex: number) => {
    const ring: number[] = [];
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const tri = mesh.indices.subarray(t, t + 3);
      if (tri.includes(vertex)) ring.push(...tri);
    }
    return ring;
  };
  let simplified = mesh.indices;
  for (let round = 0; round < MAX_LOCK_ROUNDS; round++) {
    const [collapsed] = MeshoptSimplifier.simplifyWithAttributes(
      mesh.indices, simplifierPositions, 3, normals, 3, [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT] /* normals */,
      lock, targetTriangles * 3, MAX_RELATIVE_ERROR, [],
    );
    const candidate = removeOppositeTwins(collapsed);
    const bad = verticesOnBadEdges(candidate);
    if (bad.length === 0) {
      simplified = candidate;
      break;
    }
    for (const vertex of bad) for (const near of neighbours(vertex)) lock[near] = 1;
  }
  // Keep only the vertices still in use, in first-use order, with their normals and blend weights.
  const remap = new Map<number, number>();
  const indices = simplified.map((old) => {
    let index = remap.get(old);
    if (index === undefined) remap.set(old, (index = remap.size));
    return index;
  });
  const out: MeshData = { positions: new Float32Array(remap.size * 3), indices, normals: new Float32Array(remap.size * 3) };
  if (mesh.blend) out.blend = new Float32Array(remap.size);
  for (const [old, index] of remap) {
    out.positions.set(mesh.positions.subarray(old * 3, old * 3 + 3), index * 3);
    out.normals!.set(normals.subarray(old * 3, old * 3 + 3), index * 3);
    if (out.blend) out.blend[index] = mesh.blend![old]!;
  }
  return out;
}
