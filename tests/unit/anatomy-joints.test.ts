/**
 * The soft parts of each motion segment, measured on the generated meshes: disc heights and wedge (§12.3), the
 * nucleus (area fraction and posterior centroid), discs that fill the space between the endplates, and facet
 * joints whose cartilage layers face each other across the joint space at the tabled angles (§12.2).
 */
import { Matrix4, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { discGeometry } from '../../src/anatomy/alignment';
import { boneField } from '../../src/anatomy/bones';
import { FACET_JOINT_TISSUE, FACET_ORIENTATION } from '../../src/anatomy/data/facets';
import { NUCLEUS, SEGMENT_ALIGNMENT } from '../../src/anatomy/data/discs';
import { SACRUM_DIMENSIONS } from '../../src/anatomy/data/sacrum';
import { VERTEBRA_DIMENSIONS } from '../../src/anatomy/data/vertebrae';
import { facetFrameInWorld, lowerBoneOf, toJoint } from '../../src/anatomy/facetFrames';
import { buildSegmentJoints, type FacetJointMeshes } from '../../src/anatomy/joints';
import { SEGMENTS, SIDES, type Segment, type Vertebra } from '../../src/anatomy/levels';
import { meshVolume, type MeshData } from '../../src/anatomy/meshData';
import { neutralPose, upperEndplateFrame, type BoneId } from '../../src/anatomy/posture';
import { crossSection, edgeDefects, fitPlane, rayHits, vertices, type V3 } from './anatomy-measure';

type Joints = ReturnType<typeof buildSegmentJoints>;
const built = new Map<Segment, Joints>();
const pose = neutralPose();

beforeAll(() => {
  for (const segment of SEGMENTS) built.set(segment, buildSegmentJoints(segment));
}, 300_000);

const joints = (s: Segment) => built.get(s)!;

/** The disc frame: the lower bone's upper-endplate rim plane, +Y its normal (world ← disc). */
function discFrame(segment: Segment): Matrix4 {
  const lower = lowerBoneOf(segment);
  return lower === 'sacrum' ? pose.sacrum.clone() : pose[lower].clone().multiply(upperEndplateFrame(lower as Vertebra));
}

function inFrame(mesh: MeshData, worldToFrame: Matrix4): MeshData {
  return { positions: new Float32Array(vertices(mesh, worldToFrame).flat()), indices: mesh.indices };
}

const FACET_PARTS: (keyof FacetJointMeshes)[] = ['cartilageUpper', 'cartilageLower', 'capsule', 'meniscoid'];

describe.each(SEGMENTS)('%s', (segment) => {
  it('disc, nucleus and every facet part are closed, consistently wound solids', () => {
    const j = joints(segment);
    const parts: [string, MeshData][] = [['disc', j.disc], ['nucleus', j.nucleus]];
    for (const side of SIDES) for (const k of FACET_PARTS) parts.push([`${side} ${k}`, j.facets[side][k]]);
    for (const [name, mesh] of parts) {
      expect(edgeDefects(mesh), `${segment} ${name} edge defects`).toBe(0);
      expect(meshVolume(mesh), `${segment} ${name} volume`).toBeGreaterThan(0);
      expect(mesh.blend?.length, `${segment} ${name} blend weights`).toBe(mesh.positions.length / 3);
    }
  });

  it('disc heights (anterior, middle, posterior) within ±2 mm of §12.3', () => {
    const toDisc = discFrame(segment).invert();
    const disc = inFrame(joints(segment).disc, toDisc);
    const depth = discGeometry(segment).depth;
    const heightAt = (z: number) => {
      const hits = rayHits(disc, [0, -30, z], [0, 1, 0]);
      return hits[hits.length - 1]! - hits[0]!;
    };
    const row = SEGMENT_ALIGNMENT[segment];
    const measured: [string, number, number][] = [
      ['anterior', heightAt(depth / 2 - 3), row.discAnterior],
      ['middle', heightAt(0), row.discMiddle],
      ['posterior', heightAt(-depth / 2 + 3), row.discPosterior],
    ];
    for (const [where, h, table] of measured)
      expect(Math.abs(h - table), `${segment} ${where} disc height ${h.toFixed(1)} mm vs ${table}`).toBeLessThanOrEqual(2);
  });

  it('the disc fills the space between the endplates: no gap, no overlap beyond 0.35 mm', () => {
    const [upper] = segment.split('-') as [Vertebra];
    const lower = lowerBoneOf(segment);
    const disc = joints(segment).disc;
    for (const bone of [upper, lower] as BoneId[]) {
      const sdf = boneField(bone).sdf;
      const deepest = Math.min(...vertices(disc, pose[bone].clone().invert()).map((p) => sdf(p[0], p[1], p[2])));
      expect(deepest, `${segment} disc reaches ${(-deepest).toFixed(2)} mm into ${bone}`).toBeGreaterThan(-0.35);
    }
    // Along the disc's central axis the disc surfaces meet the two bone surfaces.
    const frame = discFrame(segment);
    const origin = new Vector3(0, -2, 0).applyMatrix4(frame).toArray() as V3;
    const up = new Vector3(0, 1, 0).transformDirection(frame).toArray() as V3;
    const discHits = rayHits(disc, origin, up);
    const lowerSurface = surfaceAlong(lower, origin, up);
    const upperSurface = surfaceAlong(upper, origin, up);
    expect(Math.abs(discHits[0]! - lowerSurface), `${segment} gap at the lower endplate`).toBeLessThan(0.35);
    expect(Math.abs(discHits[discHits.length - 1]! - upperSurface), `${segment} gap at the upper endplate`).toBeLessThan(0.35);
  });

  it('nucleus: ~40% of the disc area, centroid 1-2 mm posterior of the disc centre', () => {
    const toDisc = discFrame(segment).invert();
    const level = discGeometry(segment).centreRim / 2;
    const disc = crossSection(joints(segment).disc, toDisc, level);
    const nucleus = crossSection(joints(segment).nucleus, toDisc, level);
    const fraction = nucleus.area / disc.area;
    const offset = disc.centroid[1] - nucleus.centroid[1];
    expect(Math.abs(fraction - NUCLEUS.areaFraction), `${segment} nucleus area fraction ${fraction.toFixed(2)}`).toBeLessThanOrEqual(0.05);
    expect(offset, `${segment} nucleus ${offset.toFixed(1)} mm posterior`).toBeGreaterThanOrEqual(1);
    expect(offset, `${segment} nucleus ${offset.toFixed(1)} mm posterior`).toBeLessThanOrEqual(2);
  });

  it.each(SIDES)('%s facet: cartilage faces its partner across a 2-4 mm joint space', (side) => {
    const f = facetFrameInWorld(segment, side);
    const central = (mesh: MeshData) =>
      vertices(mesh).map((p) => toJoint(f, p[0], p[1], p[2])).filter(([a, b]) => Math.abs(a) < 1.5 && Math.abs(b) < 1.5).map((q) => q[2]);
    const lower = central(joints(segment).facets[side].cartilageLower);
    const upper = central(joints(segment).facets[side].cartilageUpper);
    const boneGap = Math.max(...upper) - Math.min(...lower);
    const freeGap = Math.min(...upper) - Math.max(...lower);
    expect(boneGap, `${segment} ${side} joint space ${boneGap.toFixed(2)} mm`).toBeGreaterThanOrEqual(2);
    expect(boneGap, `${segment} ${side} joint space ${boneGap.toFixed(2)} mm`).toBeLessThanOrEqual(4);
    expect(freeGap, `${segment} ${side} cartilage surfaces ${freeGap.toFixed(2)} mm apart`).toBeGreaterThan(0.2);
    const thickness = Math.max(...lower) - Math.min(...lower);
    expect(Math.abs(thickness - FACET_JOINT_TISSUE.cartilageThickness), `${segment} ${side} cartilage ${thickness.toFixed(2)} mm`).toBeLessThan(0.2);
    expect(joints(segment).facets[side].cartilageUpper.blend!.every((w) => w === 1)).toBe(true);
    expect(joints(segment).facets[side].cartilageLower.blend!.every((w) => w === 0)).toBe(true);
  });

  it('facet axial angle (±3°) and sagittal inclination (±3°), fitted to the cartilage', () => {
    const lower = lowerBoneOf(segment);
    const toEndplate = (lower === 'sacrum' ? pose.sacrum.clone() : pose[lower].clone().multiply(upperEndplateFrame(lower as Vertebra))).invert();
    const table = FACET_ORIENTATION[segment];
    for (const side of SIDES) {
      const pts = vertices(joints(segment).facets[side].cartilageLower, toEndplate);
      const n = fitPlane(pts).normal;
      const axial = (Math.atan2(Math.abs(n[2]), Math.abs(n[0])) * 180) / Math.PI;
      const inclination = 90 - (Math.asin(Math.abs(n[1])) * 180) / Math.PI;
      expect(Math.abs(axial - table.axialAngle), `${segment} ${side} axial angle ${axial.toFixed(1)}° vs ${table.axialAngle}°`).toBeLessThanOrEqual(3);
      expect(Math.abs(inclination - table.sagittalInclination), `${segment} ${side} inclination ${inclination.toFixed(1)}° vs ${table.sagittalInclination}°`).toBeLessThanOrEqual(3);
    }
  });

  it('inter-facet width of the lower level within ±3 mm', () => {
    const lower = lowerBoneOf(segment);
    const table = lower === 'sacrum' ? SACRUM_DIMENSIONS.interFacetWidth : VERTEBRA_DIMENSIONS[lower as Vertebra].interFacetWidth;
    const toLocal = pose[lower].clone().invert();
    const centroidX = (side: (typeof SIDES)[number]) => {
      const pts = vertices(joints(segment).facets[side].cartilageLower, toLocal);
      return pts.reduce((s, p) => s + p[0], 0) / pts.length;
    };
    const width = centroidX('left') - centroidX('right');
    expect(Math.abs(width - table), `${segment} inter-facet width ${width.toFixed(1)} vs ${table}`).toBeLessThanOrEqual(3);
  });
});

/** Distance along a world ray to where it first crosses a bone's surface (its SDF's zero). */
function surfaceAlong(bone: BoneId, origin: V3, dir: V3): number {
  const sdf = boneField(bone).sdf;
  const toLocal = pose[bone].clone().invert();
  const inside = (t: number) => {
    const p = new Vector3(origin[0] + dir[0] * t, origin[1] + dir[1] * t, origin[2] + dir[2] * t).applyMatrix4(toLocal);
    return sdf(p.x, p.y, p.z) < 0;
  };
  const start = inside(0);
  let t = 0;
  while (inside(t + 0.1) === start && t < 40) t += 0.1;
  let lo = t;
  let hi = t + 0.1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (inside(mid) === start) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
