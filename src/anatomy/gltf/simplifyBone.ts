import { MeshoptSimplifier } from 'meshoptimizer';
import type { MeshData } from '../meshData';
import type { BoneId } from '../posture';

/**
 * Triangle budgets per bone for the default model: the surface-nets meshes (about 100k triangles each) are
 * far finer than a browser needs, and the whole model must stay under 300k triangles and 1 MB.
 */
export const BONE_TRIANGLE_BUDGET: Record<BoneId, number> = {
  L1: 16_000,
  L2: 16_000,
  L3: 16_000,
  L4: 16_000,
  L5: 16_000,
  sacrum: 20_000,
  'ilium-left': 14_000,
  'ilium-right': 14_000,
};

/** Largest deviation the simplifier may introduce, relative to the bone's size (1% ≈ 0.6–1.5 mm). */
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

/** Closed and consistently wound: every directed edge appears once and its reverse once. */
export function isClosedManifold(indices: Uint32Array): boolean {
  const edges = new Set<number>();
  const key = (a: number, b: number) => a * 0x100000 + b;
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const edge = key(indices[t + k]!, indices[t + ((k + 1) % 3)]!);
      if (edges.has(edge)) return false;
      edges.add(edge);
    }
  }
  for (const edge of edges) if (!edges.has(key(edge % 0x100000, Math.floor(edge / 0x100000)))) return false;
  return true;
}

/** Each retry toward a closed result allows this many times more triangles. */
const RETRY_GROWTH = 1.1;

/**
 * Edge-collapse simplification (meshoptimizer) toward a triangle budget. If a collapse still leaves the bone
 * open or non-manifold, it retries with a slightly larger budget, so a bone always stays closed.
 * Await `MeshoptSimplifier.ready` before calling.
 */
export function simplifyBone(mesh: MeshData, targetTriangles: number): MeshData {
  if (mesh.indices.length / 3 <= targetTriangles) return mesh;
  let simplified = mesh.indices;
  for (let target = targetTriangles; target < mesh.indices.length / 3; target = Math.round(target * RETRY_GROWTH)) {
    const [collapsed] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, target * 3, MAX_RELATIVE_ERROR, []);
    simplified = removeOppositeTwins(collapsed);
    if (isClosedManifold(simplified)) break;
    simplified = mesh.indices;
  }
  // Keep only the vertices still in use, in first-use order.
  const remap = new Map<number, number>();
  const indices = simplified.map((old) => {
    let index = remap.get(old);
    if (index === undefined) remap.set(old, (index = remap.size));
    return index;
  });
  const positions = new Float32Array(remap.size * 3);
  const normals = mesh.normals ? new Float32Array(remap.size * 3) : undefined;
  for (const [old, index] of remap) {
    positions.set(mesh.positions.subarray(old * 3, old * 3 + 3), index * 3);
    normals?.set(mesh.normals!.subarray(old * 3, old * 3 + 3), index * 3);
  }
  return normals ? { positions, indices, normals } : { positions, indices };
}
