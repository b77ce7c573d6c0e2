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
import { sdEllipsoid, smoothUnion, udTriangle, type BoundedSdf, type Vec3 } from './sdf/primitives';

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

function wing(layout: IliumLayout): BoundedSdf[] {
  const half = ILIUM_SHAPE.wingThickness / 2;
  const parts: BoundedSdf[] = [];
  for (let i = 0; i + 1 < layout.crest.length; i++) {
    const a = layout.crest[i]!;
    const b = layout.crest[i + 1]!;
    const c = layout.lowerBorder[i + 1]!;
    const d = layout.lowerBorder[i]!;
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
  const bone = smoothUnion([mass, ...crest, ...wing(layout)], 6);
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
