import type { MeshData } from '../meshData';
import { BONE_IDS, type BoneId } from '../posture';

/**
 * A mesh in the world neutral frame plus how each vertex follows the bones, so that tissue spanning a
 * joint stretches when the bones move (the glTF writer turns this into a skin).
 * Two influences per vertex are enough: every soft-tissue vertex lies between at most two bones.
 */
export interface BoundMesh {
  mesh: MeshData;
  /** The bones this mesh follows; `joints` indexes into this list. */
  bones: readonly BoneId[];
  /** Two bone indices per vertex. */
  joints: Uint8Array;
  /** Two weights per vertex, each pair summing to 1. */
  weights: Float32Array;
}

/** Bone weights of one vertex: bone id → weight. */
export type Influence = ReadonlyMap<BoneId, number>;

/** The bones used, in the skeleton's cranio-caudal order (BONE_IDS). */
const inBoneOrder = (used: Iterable<BoneId>): BoneId[] => {
  const set = new Set(used);
  return BONE_IDS.filter((bone) => set.has(bone));
};

/** Packs per-vertex influences into the two strongest bones each, renormalised. */
export function bindInfluences(mesh: MeshData, influences: readonly Influence[]): BoundMesh {
  const bones = inBoneOrder(influences.flatMap((influence) => [...influence].filter(([, w]) => w > 0).map(([bone]) => bone)));
  const boneIndex = (bone: BoneId): number => bones.indexOf(bone);
  const joints = new Uint8Array(influences.length * 2);
  const weights = new Float32Array(influences.length * 2);
  influences.forEach((influence, v) => {
    const strongest = [...influence].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
    const [first, second] = strongest;
    if (!first) throw new Error(`vertex ${v} follows no bone`);
    const total = first[1] + (second?.[1] ?? 0);
    joints[2 * v] = boneIndex(first[0]);
    weights[2 * v] = first[1] / total;
    joints[2 * v + 1] = second ? boneIndex(second[0]) : joints[2 * v]!;
    weights[2 * v + 1] = second ? second[1] / total : 0;
  });
  return { mesh, bones, joints, weights };
}

/** Binds a segment part whose `blend` gives, per vertex, the weight of the upper bone (MeshData's convention). */
export function bindToSegment(mesh: MeshData, upper: BoneId, lower: BoneId): BoundMesh {
  const count = mesh.positions.length / 3;
  const influences: Influence[] = [];
  for (let v = 0; v < count; v++) {
    const toUpper = mesh.blend?.[v] ?? 0.5;
    influences.push(
      new Map([
        [upper, toUpper],
        [lower, 1 - toUpper],
      ]),
    );
  }
  return bindInfluences(mesh, influences);
}

/** Merges several bound meshes (e.g. the fascicles of one muscle) into one. */
export function mergeBoundMeshes(parts: readonly BoundMesh[]): BoundMesh {
  const bones = inBoneOrder(parts.flatMap((p) => p.bones));
  const vertexCount = parts.reduce((n, p) => n + p.mesh.positions.length / 3, 0);
  const indexCount = parts.reduce((n, p) => n + p.mesh.indices.length, 0);
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  const joints = new Uint8Array(vertexCount * 2);
  const weights = new Float32Array(vertexCount * 2);
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const part of parts) {
    positions.set(part.mesh.positions, vertexOffset * 3);
    part.mesh.indices.forEach((index, i) => (indices[indexOffset + i] = index + vertexOffset));
    part.joints.forEach((j, i) => (joints[vertexOffset * 2 + i] = bones.indexOf(part.bones[j]!)));
    weights.set(part.weights, vertexOffset * 2);
    vertexOffset += part.mesh.positions.length / 3;
    indexOffset += part.mesh.indices.length;
  }
  return { mesh: { positions, indices }, bones, joints, weights };
}
