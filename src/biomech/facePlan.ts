/**
 * The opened joint: the lower cartilage layer's articular face laid flat in the joint plane, as if the upper vertebra's
 * process were lifted off it, seen from the joint space with the head end up. The pressures facetPressureMap gives
 * for that layer (its `lower` array) colour it in the same vertex order, so the picture is the model's own map, only
 * larger and with nothing in front of it.
 */
import type { MeshData } from '../anatomy/meshData';
import { lowerArticularFace } from './pressureMap';

export interface FacePlan {
  /** x, y per vertex of the lower layer, mm (x to the viewer's right, y toward the head); NaN off the face. */
  xy: Float32Array;
  /** Triangles (vertex indices) with all three corners on the face. */
  triangles: Uint32Array;
  /** A third of the plan area of the face triangles around each vertex, mm² (0 off the face). */
  vertexAreas: Float32Array;
  /** Extent of the face in the plan, mm. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

type Vec3 = [number, number, number];
const cross = (p: Vec3, q: Vec3): Vec3 => [p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]];

const plans = new WeakMap<MeshData, FacePlan>();

/** The lower layer's face in the plan; built once per lower-layer mesh. */
export function facetFacePlan(upper: MeshData, lower: MeshData): FacePlan {
  const cached = plans.get(lower);
  if (cached) return cached;
  const { axes, onFace } = lowerArticularFace(upper, lower);
  const { n } = axes;
  // Head end up: the superior axis (+Y) laid into the joint plane. The viewer looks along -n, so right = up × n.
  const along = n[1];
  const upRaw: Vec3 = [-along * n[0], 1 - along * n[1], -along * n[2]];
  const length = Math.hypot(...upRaw);
  const up: Vec3 = [upRaw[0] / length, upRaw[1] / length, upRaw[2] / length];
  const right = cross(up, n);
  const p = lower.positions;
  const xy = new Float32Array((p.length / 3) * 2).fill(Number.NaN);
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let v = 0; v < onFace.length; v++) {
    if (!onFace[v]) continue;
    const x = p[3 * v]! * right[0] + p[3 * v + 1]! * right[1] + p[3 * v + 2]! * right[2];
    const y = p[3 * v]! * up[0] + p[3 * v + 1]! * up[1] + p[3 * v + 2]! * up[2];
    xy[2 * v] = x;
    xy[2 * v + 1] = y;
    bounds.minX = Math.min(bounds.minX, x);
    bounds.maxX = Math.max(bounds.maxX, x);
    bounds.minY = Math.min(bounds.minY, y);
    bounds.maxY = Math.max(bounds.maxY, y);
  }
  const triangles: number[] = [];
  for (let t = 0; t < lower.indices.length; t += 3) {
    const corners = [lower.indices[t]!, lower.indices[t + 1]!, lower.indices[t + 2]!];
    if (corners.every((v) => onFace[v])) triangles.push(...corners);
  }
  const vertexAreas = new Float32Array(onFace.length);
  for (let t = 0; t < triangles.length; t += 3) {
    const [a, b, c] = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!];
    const cross2 = (xy[2 * b]! - xy[2 * a]!) * (xy[2 * c + 1]! - xy[2 * a + 1]!) - (xy[2 * c]! - xy[2 * a]!) * (xy[2 * b + 1]! - xy[2 * a + 1]!);
    for (const v of [a, b, c]) vertexAreas[v] = vertexAreas[v]! + Math.abs(cross2) / 6;
  }
  const plan = { xy, triangles: Uint32Array.from(triangles), vertexAreas, bounds };
  plans.set(lower, plan);
  return plan;
}
