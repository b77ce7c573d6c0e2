/**
 * Signed-distance field of the posterior half of one ilium, in the pelvis (sacrum) frame: the iliac crest from the
 * PSIS forward, the wing, and the thick sacroiliac part whose auricular surface is the sacrum's auricular
 * surface moved out by the joint space (the sacrum, dilated, is carved out of it), so the two form a real joint.
 */
import { Matrix4, Vector3 } from 'three';
import { connector, part } from './articularParts';
import { ILIUM_SHAPE, SACRUM_SHAPE } from './data/shapeDefaults';
import type { Side } from './levels';
import type { Bounds } from './meshData';
import { pelvisPose } from './posture';
import { sacrumMainMass } from './sacrumSdf';
import { boundAround, sdEllipsoid, smoothUnion, udTriangle, type BoundedSdf, type Vec3 } from './sdf/primitives';

export interface IliumLayout {
  /** Crest polyline, posterior (PSIS) to lateral, in the pelvis frame. */
  crest: Vec3[];
  lowerBorder: Vec3[];
  psis: Vec3;
  massCentre: Vec3;
}

function toPelvisFrame(world: readonly number[], side: Side): Vec3 {
  const sign = side === 'left' ? 1 : -1;
  const local = new Vector3(sign * world[0]!, world[1]!, world[2]!).applyMatrix4(new Matrix4().copy(pelvisPose()).invert());
  return [local.x, local.y, local.z];
}

export function iliumLayout(side: Side): IliumLayout {
  const crest = ILIUM_SHAPE.crest.map((p) => toPelvisFrame(p, side));
  return {
    crest,
    lowerBorder: ILIUM_SHAPE.lowerBorder.map((p) => toPelvisFrame(p, side)),
    psis: crest[0]!,
    massCentre: toPelvisFrame(ILIUM_SHAPE.posteriorMassCentre, side),
  };
}

/** Catmull-Rom resampling of a polyline, `steps` points per span, so the wing bends smoothly. */
function smoothPolyline(points: Vec3[], steps: number): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      out.push([0, 1, 2].map((k) =>
        0.5 * (2 * p1[k]! + (-p0[k]! + p2[k]!) * t + (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * t2 + (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * t3),
      ) as Vec3);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

function wing(layout: IliumLayout): BoundedSdf[] {
  const half = ILIUM_SHAPE.wingThickness / 2;
  const parts: BoundedSdf[] = [];
  const crest = smoothPolyline(layout.crest, 3);
  const lower = smoothPolyline(layout.lowerBorder, 3);
  for (let i = 0; i + 1 < crest.length; i++) {
    const a = crest[i]!;
    const b = crest[i + 1]!;
    const c = lower[i + 1]!;
    const d = lower[i]!;
    parts.push(part((x, y, z) => udTriangle(x, y, z, a, b, c) - half, [a, b, c], half));
    parts.push(part((x, y, z) => udTriangle(x, y, z, a, c, d) - half, [a, c, d], half));
  }
  return parts;
}

/** No part of the sacrum lies farther from the midline than this (its alae), mm. */
const SACRUM_REACH = SACRUM_SHAPE.massHalfWidth[0]![1] + ILIUM_SHAPE.jointSpace + 2;

export function iliumSdf(side: Side): (x: number, y: number, z: number) => number {
  const layout = iliumLayout(side);
  const radii = ILIUM_SHAPE.crestRadius;
  const crest = layout.crest.slice(1).map((p, i) => connector(layout.crest[i]!, p, radii[i]!, radii[i + 1]!));
  const r = ILIUM_SHAPE.posteriorMassRadii;
  const massRadii: Vec3 = [r[0], r[1], r[2]];
  const mass = part((x, y, z) => sdEllipsoid(x, y, z, layout.massCentre, massRadii), [layout.massCentre], Math.max(...massRadii));
  // The wing's triangles join with a plain min (the exact distance to their union, so no seams show), then the
  // whole wing blends smoothly into the crest and the sacroiliac mass.
  const wingParts = wing(layout);
  const wingSdf = smoothUnion(wingParts, 0);
  const wingBound = boundAround(wingParts.map((p) => p.centre), Math.max(...wingParts.map((p) => p.radius)));
  const bone = smoothUnion([mass, ...crest, { sdf: wingSdf, ...wingBound }], 6);
  // The auricular surfaces face each other on the sacrum's lateral masses, so its main mass is all that matters.
  const sacrum = (x: number, y: number, z: number) => sacrumMainMass(Math.abs(x), y, z);
  return (x, y, z) => {
    const d = bone(x, y, z);
    // Carving out the sacrum only removes material: well outside the ilium it cannot matter.
    if (d > 2 || Math.abs(x) > SACRUM_REACH) return d;
    return Math.max(d, ILIUM_SHAPE.jointSpace - sacrum(x, y, z));
  };
}

export function iliumBounds(side: Side): Bounds {
  const layout = iliumLayout(side);
  const r = ILIUM_SHAPE.posteriorMassRadii;
  const c = layout.massCentre;
  // The posterior mass is tilted with the pelvis: bound it by its radius in every direction.
  const reach = Math.max(...r);
  const pts: Vec3[] = [...layout.crest, ...layout.lowerBorder, [c[0] - reach, c[1] - reach, c[2] - reach], [c[0] + reach, c[1] + reach, c[2] + reach]];
  const pad = Math.max(...ILIUM_SHAPE.crestRadius, ILIUM_SHAPE.wingThickness) + 4;
  const min: [number, number, number] = [0, 1, 2].map((k) => Math.min(...pts.map((p) => p[k]!)) - pad) as [number, number, number];
  const max: [number, number, number] = [0, 1, 2].map((k) => Math.max(...pts.map((p) => p[k]!)) + pad) as [number, number, number];
  return { min, max };
}
