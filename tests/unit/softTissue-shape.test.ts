/**
 * Soft tissue checked the way an anatomist would look at it: ligaments are thin bands lying on their bones,
 * nerves are smooth tapering curves, meniscoids are folds that reach into the joint without entering cartilage.
 */
import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { FACET_MENISCOID } from '../../src/anatomy/data/facets';
import { discSdfInWorld } from '../../src/anatomy/discMesh';
import { facetFrameInWorld, toJoint } from '../../src/anatomy/facetFrames';
import { buildFacetJoint } from '../../src/anatomy/joints';
import { computeLandmarks, type Landmarks, type Vec3 } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, VERTEBRAE, type Segment } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import { neutralPose, type BoneId } from '../../src/anatomy/posture';
import type { BoundMesh } from '../../src/anatomy/softTissue/boundMesh';
import { LIGAMENT_SIZES, LONGITUDINAL_LIGAMENTS, NERVE_SIZES } from '../../src/anatomy/softTissue/dimensions';
import { MEDIAL_BRANCH_SWEEP, medialBranchRoute, NERVE_SWEEP, spinalNerveRoute } from '../../src/anatomy/softTissue/nerves';
import { buildSoftTissue } from '../../src/anatomy/softTissue/softTissue';
import { sweepCentreline, type SweepStation } from '../../src/anatomy/softTissue/sweep';
import { rayHits, vertices, type V3 } from './anatomy-measure';

let landmarks: Landmarks;
let tissue: Map<string, BoundMesh>;

beforeAll(() => {
  landmarks = computeLandmarks();
  tissue = buildSoftTissue(landmarks);
}, 120_000);

const mesh = (id: string): MeshData => tissue.get(id)!.mesh;
const mid = (a: Vec3, b: Vec3, t = 0.5): V3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const unit = (v: V3): V3 => {
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
};

/** Distance from a world point to the nearest vertebra, sacrum or disc surface (the column the ligaments lie on). */
function columnGap(): (p: V3) => number {
  const pose = neutralPose();
  const bones = (['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum'] as BoneId[]).map((id) => ({ sdf: boneField(id).sdf, toLocal: pose[id].clone().invert() }));
  const discs = SEGMENTS.map((s) => discSdfInWorld(s));
  const local = new Vector3();
  return (p) => {
    let d = Infinity;
    for (const b of bones) {
      local.set(...p).applyMatrix4(b.toLocal);
      d = Math.min(d, b.sdf(local.x, local.y, local.z));
    }
    for (const disc of discs) d = Math.min(d, disc(...p));
    return d;
  };
}

/** Thickness of a band along a ray fired at it from `outside` toward `inside` (first two surface hits). */
function thicknessAlong(m: MeshData, outside: V3, inside: V3): number {
  const hits = rayHits(m, outside, unit([inside[0] - outside[0], inside[1] - outside[1], inside[2] - outside[2]]));
  return hits[1]! - hits[0]!;
}

describe('ligaments are thin bands on the bone', () => {
  it('the longitudinal ligaments hug the bodies and discs: small mean gap, no slab standing off the bone', () => {
    const gap = columnGap();
    for (const id of ['anterior-longitudinal-ligament', 'posterior-longitudinal-ligament']) {
      const gaps = vertices(mesh(id)).map(gap).sort((a, b) => a - b);
      const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
      expect(mean, `${id} mean gap ${mean.toFixed(2)} mm`).toBeLessThan(1.5);
      expect(gaps[Math.floor(gaps.length * 0.95)]!, `${id} 95th percentile gap`).toBeLessThan(2.8);
    }
  });

  it('the anterior longitudinal ligament is about 2 mm over the middle of a body and thinner over a disc', () => {
    const all = mesh('anterior-longitudinal-ligament');
    const through = (front: Vec3, back: Vec3) => thicknessAlong(all, mid(front, back, -0.8), mid(front, back, 0.5));
    for (const v of VERTEBRAE.slice(0, 4)) {
      const b = landmarks.vertebrae[v];
      const below = landmarks.vertebrae[VERTEBRAE[VERTEBRAE.indexOf(v) + 1]!];
      const body = through(mid(b.upperEndplate.anterior, b.lowerEndplate.anterior), mid(b.upperEndplate.posterior, b.lowerEndplate.posterior));
      const disc = through(mid(b.lowerEndplate.anterior, below.upperEndplate.anterior), mid(b.lowerEndplate.posterior, below.upperEndplate.posterior));
      expect(Math.abs(body - LONGITUDINAL_LIGAMENTS.anteriorThicknessAtBody), `ALL over ${v}: ${body.toFixed(2)} mm`).toBeLessThan(0.4);
      expect(disc, `ALL over the disc below ${v}: ${disc.toFixed(2)} mm`).toBeLessThan(body);
    }
  });

  it('the posterior longitudinal ligament is narrow over the bodies and fans out over the discs (Lee 2018)', () => {
    const pll = vertices(mesh('posterior-longitudinal-ligament'));
    const widthNear = (p: Vec3) => {
      const near = pll.filter((q) => Math.abs(q[1] - p[1]) < 2);
      return Math.max(...near.map((q) => q[0])) - Math.min(...near.map((q) => q[0]));
    };
    SEGMENTS.slice(0, 4).forEach((segment, i) => {
      const upper = landmarks.vertebrae[VERTEBRAE[i]!];
      const lower = landmarks.vertebrae[VERTEBRAE[i + 1]!];
      const body = widthNear(mid(upper.upperEndplate.posterior, upper.lowerEndplate.posterior));
      const disc = widthNear(mid(upper.lowerEndplate.posterior, lower.upperEndplate.posterior));
      expect(body, `PLL over ${VERTEBRAE[i]}: ${body.toFixed(1)} mm`).toBeLessThan(12);
      expect(Math.abs(disc - LONGITUDINAL_LIGAMENTS.posteriorWidth[segment].discMiddle), `PLL over ${segment}: ${disc.toFixed(1)} mm`).toBeLessThan(4);
    });
  });

  it('each ligamentum flavum is as thick as measured on MRI at its level (±0.5 mm)', () => {
    for (const segment of SEGMENTS) {
      const [upper, lower] = segment.split('-') as [(typeof VERTEBRAE)[number], string];
      const lowerMidline = lower === 'S1' ? landmarks.sacrum.laminaUpperMidline : landmarks.vertebrae[lower as (typeof VERTEBRAE)[number]].laminaUpperMidline;
      const above = landmarks.vertebrae[upper].laminaLowerMidline;
      const centre = mid(above, lowerMidline);
      // Across the sheet: perpendicular to left-right and to the line from lamina to lamina.
      const along = unit([above[0] - lowerMidline[0], above[1] - lowerMidline[1], above[2] - lowerMidline[2]]);
      const across = unit([0, -along[2], along[1]]);
      const back: V3 = [centre[0] - 20 * across[0], centre[1] - 20 * across[1], centre[2] - 20 * across[2]];
      const measured = thicknessAlong(mesh(`ligamentum-flavum-${segment}`), back, centre);
      expect(Math.abs(measured - LIGAMENT_SIZES.flavumThickness[segment]), `${segment} flavum ${measured.toFixed(2)} mm`).toBeLessThan(0.5);
    }
  });

  it('the interspinous ligaments are thin midline sheets', () => {
    for (const segment of SEGMENTS.slice(0, -1)) {
      const xs = vertices(mesh(`interspinous-ligament-${segment}`)).map((p) => p[0]);
      expect(Math.max(...xs) - Math.min(...xs), segment).toBeLessThanOrEqual(LIGAMENT_SIZES.interspinousThickness + 0.5);
    }
  });
});

/** Largest angle, degrees, between consecutive tangents of a centre line. */
function maxTurn(points: readonly Vec3[]): number {
  let worst = 0;
  for (let i = 1; i + 1 < points.length; i++) {
    const a = unit([points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1], points[i]![2] - points[i - 1]![2]]);
    const b = unit([points[i + 1]![0] - points[i]![0], points[i + 1]![1] - points[i]![1], points[i + 1]![2] - points[i]![2]]);
    worst = Math.max(worst, (Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])) * 180) / Math.PI);
  }
  return worst;
}

describe('nerves are smooth tapering curves', () => {
  const centreline = (stations: SweepStation[], options: typeof NERVE_SWEEP) => sweepCentreline(stations, options);

  it.each(VERTEBRAE)('%s spinal nerve: no sharp bend, tapering from its root diameter', (v) => {
    for (const side of SIDES) {
      const route = spinalNerveRoute(landmarks, v, side);
      for (const [part, stations] of [['ventral', route.ventral], ['dorsal', route.dorsal]] as const) {
        const line = centreline(stations, NERVE_SWEEP);
        const turn = maxTurn(line.map((s) => s.at));
        expect(turn, `${v} ${side} ${part} ramus turns ${turn.toFixed(1)}° between frames`).toBeLessThanOrEqual(20);
      }
      const widths = centreline(route.ventral, NERVE_SWEEP).map((s) => s.width);
      expect(widths[0]).toBeCloseTo(NERVE_SIZES.root[v], 5);
      for (let i = 1; i < widths.length; i++) expect(widths[i]!, `${v} ${side} ventral ramus widens`).toBeLessThanOrEqual(widths[i - 1]! + 1e-9);
      expect(widths[widths.length - 1]!, `${v} ${side} tapers`).toBeLessThanOrEqual(0.75 * widths[0]!);
    }
  });

  it('root diameters rise from L1 to L5 and medial branches stay under 2 mm, tapering to their ends', () => {
    for (let i = 1; i < VERTEBRAE.length; i++) expect(NERVE_SIZES.root[VERTEBRAE[i]!]).toBeGreaterThan(NERVE_SIZES.root[VERTEBRAE[i - 1]!]);
    for (const v of VERTEBRAE)
      for (const side of SIDES) {
        const line = sweepCentreline(medialBranchRoute(landmarks, v, side).main, MEDIAL_BRANCH_SWEEP);
        expect(Math.max(...line.map((s) => s.width))).toBeLessThan(2);
        expect(line[line.length - 1]!.width).toBeLessThan(line[0]!.width);
        const turn = maxTurn(line.map((s) => s.at));
        expect(turn, `medial branch ${v} ${side} turns ${turn.toFixed(1)}°`).toBeLessThanOrEqual(28);
        const twig = maxTurn(sweepCentreline(medialBranchRoute(landmarks, v, side).ascendingTwig, MEDIAL_BRANCH_SWEEP).map((s) => s.at));
        expect(twig, `articular twig ${v} ${side} turns ${twig.toFixed(1)}°`).toBeLessThanOrEqual(20);
      }
  });
});

/** Whether a point lies inside a closed mesh (odd number of crossings along a ray). */
function inside(m: MeshData, p: V3): boolean {
  return rayHits(m, p, unit([0.31, 0.77, 0.56])).length % 2 === 1;
}

describe('meniscoids are folds that reach into the joint', () => {
  it.each(SEGMENTS)('%s: each pole has a fold several mm wide projecting 2-4 mm past the cartilage margin, outside the cartilage', (segment: Segment) => {
    for (const side of SIDES) {
      const joint = buildFacetJoint(segment, side);
      const f = facetFrameInWorld(segment, side);
      const inJoint = (m: MeshData) => vertices(m).map((p) => toJoint(f, p[0], p[1], p[2]));
      const cartilage = [...inJoint(joint.cartilageLower), ...inJoint(joint.cartilageUpper)];
      const folds = inJoint(joint.meniscoid);
      for (const pole of [1, -1]) {
        // Heights along the joint, measured toward this pole: the cartilage margin, and how far in the fold reaches.
        const margin = Math.max(...cartilage.map((q) => pole * q[1]));
        const fold = folds.filter((q) => pole * q[1] > 0);
        const reach = margin - Math.min(...fold.map((q) => pole * q[1]));
        expect(reach, `${segment} ${side} fold ${pole > 0 ? 'superior' : 'inferior'} projects ${reach.toFixed(1)} mm`).toBeGreaterThanOrEqual(FACET_MENISCOID.projection - 1);
        expect(reach).toBeLessThanOrEqual(4.5);
        const span = Math.max(...fold.map((q) => q[0])) - Math.min(...fold.map((q) => q[0]));
        expect(span, `${segment} ${side} fold span ${span.toFixed(1)} mm`).toBeGreaterThanOrEqual(6);
      }
      for (const p of vertices(joint.meniscoid)) {
        expect(inside(joint.cartilageLower, p) || inside(joint.cartilageUpper, p), `${segment} ${side} meniscoid in cartilage`).toBe(false);
      }
    }
  });
});
