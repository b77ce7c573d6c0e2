/**
 * The plain triangle mesh every anatomy generator returns: flat typed arrays in millimetres, ready for a
 * BufferGeometry or a glTF primitive. Helpers here stay renderer-free (three's math only).
 */
import { Matrix3, Matrix4, Vector3 } from 'three';

export interface MeshData {
  positions: Float32Array;
  indices: Uint32Array;
  normals?: Float32Array;
  /** spanning structures only: per-vertex 0..1, 1 = moves with the upper bone, 0 = with the lower bone */
  blend?: Float32Array;
}

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

export function meshBounds(mesh: MeshData): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = p[i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  return { min, max };
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3;
}

/** Concatenates meshes; optional attributes survive only when every part has them. */
export function mergeMeshes(parts: readonly MeshData[]): MeshData {
  const vertexCount = parts.reduce((n, m) => n + m.positions.length / 3, 0);
  const indexCount = parts.reduce((n, m) => n + m.indices.length, 0);
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  const withNormals = parts.every((m) => m.normals);
  const withBlend = parts.every((m) => m.blend);
  const normals = withNormals ? new Float32Array(vertexCount * 3) : undefined;
  const blend = withBlend ? new Float32Array(vertexCount) : undefined;
  let vOffset = 0;
  let iOffset = 0;
  for (const m of parts) {
    positions.set(m.positions, vOffset * 3);
    if (normals && m.normals) normals.set(m.normals, vOffset * 3);
    if (blend && m.blend) blend.set(m.blend, vOffset);
    for (let i = 0; i < m.indices.length; i++) indices[iOffset + i] = m.indices[i]! + vOffset;
    vOffset += m.positions.length / 3;
    iOffset += m.indices.length;
  }
  const merged: MeshData = { positions, indices };
  if (normals) merged.normals = normals;
  if (blend) merged.blend = blend;
  return merged;
}

/** Applies a rigid (or any affine) transform to positions and, with the normal matrix, to normals. */
export function transformMesh(mesh: MeshData, matrix: Matrix4): MeshData {
  const positions = new Float32Array(mesh.positions.length);
  const v = new Vector3();
  for (let i = 0; i < positions.length; i += 3) {
    v.set(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!).applyMatrix4(matrix);
    positions[i] = v.x;
    positions[i + 1] = v.y;
    positions[i + 2] = v.z;
  }
  const out: MeshData = { positions, indices: mesh.indices.slice() };
  if (mesh.normals) {
    const normalMatrix = new Matrix3().getNormalMatrix(matrix);
    const normals = new Float32Array(mesh.normals.length);
    for (let i = 0; i < normals.length; i += 3) {
      v.set(mesh.normals[i]!, mesh.normals[i + 1]!, mesh.normals[i + 2]!).applyMatrix3(normalMatrix).normalize();
      normals[i] = v.x;
      normals[i + 1] = v.y;
      normals[i + 2] = v.z;
    }
    out.normals = normals;
  }
  if (mesh.blend) out.blend = mesh.blend.slice();
  return out;
}

/** Area-weighted vertex normals from the triangles (outward for a counter-clockwise closed mesh). */
export function computeVertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const abx = positions[b]! - positions[a]!;
    const aby = positions[b + 1]! - positions[a + 1]!;
    const abz = positions[b + 2]! - positions[a + 2]!;
    const acx = positions[c]! - positions[a]!;
    const acy = positions[c + 1]! - positions[a + 1]!;
    const acz = positions[c + 2]! - positions[a + 2]!;
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = abx * acy - aby * acx;
    for (const i of [a, b, c]) {
      normals[i] = normals[i]! + nx;
      normals[i + 1] = normals[i + 1]! + ny;
      normals[i + 2] = normals[i + 2]! + nz;
    }
  }
  for (let i = 0; i < normals.length; i += 3) {
    const len = Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!) || 1;
    normals[i] = normals[i]! / len;
    normals[i + 1] = normals[i + 1]! / len;
    normals[i + 2] = normals[i + 2]! / len;
  }
  return normals;
}

/** Enclosed volume (mm³) by the divergence theorem; positive for an outward-facing closed mesh. */
export function meshVolume(mesh: MeshData): number {
  const p = mesh.positions;
  const idx = mesh.indices;
  let sum = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3;
    const b = idx[t + 1]! * 3;
    const c = idx[t + 2]! * 3;
    sum +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return sum / 6;
}
