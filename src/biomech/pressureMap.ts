/**
 * Per-vertex contact pressure on the two cartilage layers of one facet joint, from the posed geometry.
 *
 * Cartilage is treated as an elastic foundation: pressure grows with how far a point sits inside the
 * contact, measured by the signed gap to the opposite layer along the joint normal (negative = the layers
 * overlap, i.e. the cartilage is compressed). The contact patch is the set of closest points whose area
 * carries the joint force at the measured mean pressure (meanContactPressureMPa), so the pressure
 * integrates to the joint force and its mean matches the pressure-film anchors; it peaks where the gap
 * is smallest.
 */
import { Matrix4 } from 'three';
import type { MeshData } from '../anatomy/meshData';
import { meanContactPressureMPa } from './facetLoad';
import { articularFaceVertices, buildHeightField, heightAt, jointAxes, type HeightField, type JointAxes } from './jointSurface';

interface PreparedLayer {
  field: HeightField;
  /** 1 for vertices on the articular face; the bony side and rim never touch the other layer. */
  onFace: Uint8Array;
  /** A third of the area of each triangle around a vertex, mm². */
  vertexAreas: Float32Array;
}

interface PreparedJoint {
  lower: MeshData;
  axes: JointAxes;
  upperLayer: PreparedLayer;
  lowerLayer: PreparedLayer;
}

const preparedJoints = new WeakMap<MeshData, PreparedJoint>();

function vertexAreas(mesh: MeshData): Float32Array {
  const p = mesh.positions;
  const areas = new Float32Array(p.length / 3);
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [mesh.indices[t]! * 3, mesh.indices[t + 1]! * 3, mesh.indices[t + 2]! * 3];
    const ab = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!] as const;
    const ac = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!] as const;
    const third = Math.hypot(ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2], ab[0] * ac[1] - ab[1] * ac[0]) / 6;
    for (const v of [a, b, c]) areas[v / 3] = areas[v / 3]! + third;
  }
  return areas;
}

function prepareLayer(mesh: MeshData, axes: JointAxes, facing: 1 | -1): PreparedLayer {
  const field = buildHeightField(mesh, axes, facing);
  return { field, onFace: articularFaceVertices(mesh, axes, field), vertexAreas: vertexAreas(mesh) };
}

/** Height fields, faces and areas of a joint's two layers, built once per pair of stored meshes. */
function prepareJoint(upper: MeshData, lower: MeshData): PreparedJoint {
  let joint = preparedJoints.get(upper);
  if (joint?.lower !== lower) {
    const axes = jointAxes(upper, lower);
    joint = { lower, axes, upperLayer: prepareLayer(upper, axes, -1), lowerLayer: prepareLayer(lower, axes, 1) };
    preparedJoints.set(upper, joint);
  }
  return joint;
}

/**
 * Signed gap (mm) from each articular-face vertex of `from` to the face of the other layer, along the joint
 * normal: positive apart, negative where the layers overlap (compressed cartilage); +Infinity for vertices
 * off the face or beyond the other layer. `fromToOther` maps `from`'s stored coordinates into the other's.
 */
function signedGaps(from: MeshData, layer: PreparedLayer, other: HeightField, axes: JointAxes, fromToOther: Matrix4): Float32Array {
  const e = fromToOther.elements;
  const p = from.positions;
  const { a, b, n } = axes;
  const gaps = new Float32Array(p.length / 3).fill(Infinity);
  for (let v = 0; v < gaps.length; v++) {
    if (!layer.onFace[v]) continue;
    const [x0, y0, z0] = [p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!];
    const x = e[0]! * x0 + e[4]! * y0 + e[8]! * z0 + e[12]!;
    const y = e[1]! * x0 + e[5]! * y0 + e[9]! * z0 + e[13]!;
    const z = e[2]! * x0 + e[6]! * y0 + e[10]! * z0 + e[14]!;
    const face = heightAt(other, x * a[0] + y * a[1] + z * a[2], x * b[0] + y * b[1] + z * b[2]);
    // The other face looks toward this layer: along +n for the lower layer, -n for the upper.
    if (!Number.isNaN(face)) gaps[v] = other.facing * (x * n[0] + y * n[1] + z * n[2] - face);
  }
  return gaps;
}

/** The vertices with the smallest gaps whose areas together reach targetAreaMm2 (or all), closest first. */
function closestPatch(gaps: Float32Array, areas: Float32Array, targetAreaMm2: number): number[] {
  let minGap = Infinity;
  let maxGap = -Infinity;
  for (const g of gaps) {
    if (!Number.isFinite(g)) continue;
    minGap = Math.min(minGap, g);
    maxGap = Math.max(maxGap, g);
  }
  if (!Number.isFinite(minGap)) return [];
  // Widen a gap window until it holds enough area, so only a small set needs sorting.
  for (let window = 0.05; ; window *= 2) {
    const candidates: number[] = [];
    let area = 0;
    for (let v = 0; v < gaps.length; v++) {
      if (gaps[v]! > minGap + window) continue;
      candidates.push(v);
      area += areas[v]!;
    }
    if (area >= targetAreaMm2 || minGap + window >= maxGap) return candidates.sort((x, y) => gaps[x]! - gaps[y]!);
  }
}

/**
 * Pressure floor of the patch, as a gap, mm: across a congruent patch the gaps differ by hundredths of a
 * millimetre, and without a floor that mesh-level noise would pile the whole force onto one vertex. With it,
 * a congruent patch is loaded about evenly and a tilted one (extension, narrowed disc) peaks where it is
 * closest. A modelling choice (D), about a tenth of the cartilage thickness (§12.2).
 */
const PRESSURE_FLOOR_GAP_MM = 0.1;

/**
 * Spreads forceN over the closest vertices until their area reaches targetAreaMm2: pressure falls linearly
 * with the gap, from the closest vertex to the floor at the first vertex left out. Returns the patch area, mm².
 */
function distributeForce(gaps: Float32Array, areas: Float32Array, forceN: number, targetAreaMm2: number, out: Float32Array): number {
  const ordered = closestPatch(gaps, areas, targetAreaMm2);
  let patchArea = 0;
  let patchSize = 0;
  while (patchSize < ordered.length && patchArea < targetAreaMm2) patchArea += areas[ordered[patchSize++]!]!;
  if (patchSize === 0) return 0;
  const edgeGap = gaps[ordered[Math.min(patchSize, ordered.length - 1)]!]! + PRESSURE_FLOOR_GAP_MM;
  let weighted = 0;
  for (let s = 0; s < patchSize; s++) weighted += (edgeGap - gaps[ordered[s]!]!) * areas[ordered[s]!]!;
  for (let s = 0; s < patchSize; s++) out[ordered[s]!] = (forceN * (edgeGap - gaps[ordered[s]!]!)) / weighted;
  return patchArea;
}

/** The joint's axes and which vertices of the lower layer lie on its articular face (built once per joint). */
export function lowerArticularFace(upper: MeshData, lower: MeshData): { axes: JointAxes; onFace: Uint8Array } {
  const { axes, lowerLayer } = prepareJoint(upper, lower);
  return { axes, onFace: lowerLayer.onFace };
}

export interface FacetGaps {
  /** Per vertex of each layer, mm; +Infinity off the articular face or beyond the other layer. */
  upper: Float32Array;
  lower: Float32Array;
}

/**
 * Signed cartilage-to-cartilage gap of one posed facet joint along its normal, per vertex of both layers.
 * Each matrix takes its layer's stored coordinates to the posed world.
 */
export function facetGaps(upper: MeshData, lower: MeshData, upperMatrix: Matrix4, lowerMatrix: Matrix4): FacetGaps {
  const { axes, upperLayer, lowerLayer } = prepareJoint(upper, lower);
  const upperToLower = new Matrix4().copy(lowerMatrix).invert().multiply(upperMatrix);
  const lowerToUpper = new Matrix4().copy(upperToLower).invert();
  return {
    upper: signedGaps(upper, upperLayer, lowerLayer.field, axes, upperToLower),
    lower: signedGaps(lower, lowerLayer, upperLayer.field, axes, lowerToUpper),
  };
}

export interface FacetPressureMap {
  /** MPa per vertex of the upper layer (cartilage on the upper vertebra's inferior articular process). */
  upper: Float32Array;
  /** MPa per vertex of the lower layer (cartilage on the lower vertebra's superior articular process). */
  lower: Float32Array;
  peakMPa: number;
  /** Mean of the two layers' contact patch areas, mm². */
  contactAreaMm2: number;
}

/**
 * Contact pressure of one facet joint. Each matrix takes its layer's stored coordinates to the posed world;
 * jointForceN is the force through this one joint.
 */
export function facetPressureMap(
  upper: MeshData,
  lower: MeshData,
  upperMatrix: Matrix4,
  lowerMatrix: Matrix4,
  jointForceN: number,
): FacetPressureMap {
  const result: FacetPressureMap = {
    upper: new Float32Array(upper.positions.length / 3),
    lower: new Float32Array(lower.positions.length / 3),
    peakMPa: 0,
    contactAreaMm2: 0,
  };
  if (!(jointForceN > 0)) return result;
  const targetArea = jointForceN / meanContactPressureMPa(jointForceN);
  const gaps = facetGaps(upper, lower, upperMatrix, lowerMatrix);
  const { upperLayer, lowerLayer } = prepareJoint(upper, lower);
  const upperArea = distributeForce(gaps.upper, upperLayer.vertexAreas, jointForceN, targetArea, result.upper);
  const lowerArea = distributeForce(gaps.lower, lowerLayer.vertexAreas, jointForceN, targetArea, result.lower);
  result.contactAreaMm2 = (upperArea + lowerArea) / 2;
  for (const values of [result.upper, result.lower]) for (const p of values) if (p > result.peakMPa) result.peakMPa = p;
  return result;
}
