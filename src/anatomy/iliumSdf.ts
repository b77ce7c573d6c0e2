/**
 * Signed-distance field of one ilium above the acetabulum, in the pelvis (sacrum) frame: the thin, curved blade
 * whose inner face is the iliac fossa (iliumWing.ts), the S-shaped crest as a thicker rim from the PSIS to the
 * ASIS, and the PIIS and AIIS. Along the sacroiliac joint the blade's inner face lies on the sacrum, and the
 * sacrum, dilated by the joint space, is carved out of it: the auricular surfaces of the two bones match.
 */
import { Matrix4, Vector3 } from 'three';
import { connector, sphere } from './articularParts';
import { ILIUM_SHAPE } from './data/ilium';
import { SACRUM_SHAPE } from './data/shapeDefaults';
import { iliumWing, polarAngle, polarRadius, smoothPolyline } from './iliumWing';
import type { Side } from './levels';
import type { Bounds } from './meshData';
import { pelvisPose } from './posture';
import { sacrumMainMass } from './sacrumSdf';
import { boundAround, smax, smin, smoothUnion, type Vec3 } from './sdf/primitives';

export interface IliumLayout {
  /** Crest control points, PSIS to ASIS, in the pelvis frame, and their radii. */
  crest: Vec3[];
  crestRadius: readonly number[];
  psis: Vec3;
  /** World up and world posterior, in the pelvis frame. */
  up: Vec3;
  back: Vec3;
}

const sideSign = (side: Side) => (side === 'left' ? 1 : -1);

/** World point of the left-side design → pelvis frame of `side`. */
function toPelvisFrame(world: readonly number[], side: Side): Vec3 {
  const local = new Vector3(sideSign(side) * world[0]!, world[1]!, world[2]!).applyMatrix4(pelvisPose().invert());
  return [local.x, local.y, local.z];
}

function directionInPelvis(world: Vec3): Vec3 {
  const d = new Vector3(...world).transformDirection(pelvisPose().invert());
  return [d.x, d.y, d.z];
}

export function iliumLayout(side: Side): IliumLayout {
  const crest = ILIUM_SHAPE.crest.map((p) => toPelvisFrame(p, side));
  return { crest, crestRadius: ILIUM_SHAPE.crestRadius, psis: crest[0]!, up: directionInPelvis([0, 1, 0]), back: directionInPelvis([0, 0, -1]) };
}

/** The crest as tapered capsules along its smoothed centre line (world, left side). */
function crestRim() {
  const radii = smoothPolyline(ILIUM_SHAPE.crestRadius.map((r) => [r, 0, 0]), 4).map((r) => r[0]);
  const line = iliumWing().crest;
  return line.slice(1).map((p, i) => connector(line[i]!, p, radii[i]!, radii[i + 1]!));
}

/** The bone in the world frame of the left-side design. */
function worldIlium(): (x: number, y: number, z: number) => number {
  const wing = iliumWing();
  const knobs = [ILIUM_SHAPE.piis, ILIUM_SHAPE.aiis].map((p) => sphere(wing.onSurface([...p] as Vec3), ILIUM_SHAPE.spineRadius));
  // Consecutive capsules of the crest share their end spheres: a plain union keeps the rim free of beads.
  const crest = smoothUnion(crestRim(), 0);
  const crestBound = boundAround(iliumWing().crest, Math.max(...ILIUM_SHAPE.crestRadius));
  const rim = smoothUnion([{ sdf: crest, ...crestBound }, ...knobs], 3);
  return (x, y, z) => {
    const theta = polarAngle(x, z);
    const radius = polarRadius(x, z);
    const s = wing.sample(theta, y);
    const shell = Math.abs(radius - s.radius) * s.normalScale - s.thickness / 2;
    // The outline distance is measured on the mid-surface; nearer the axis the same angle spans less.
    const blade = smax(shell, s.outline * Math.min(1, radius / s.radius), 3);
    return smin(blade, rim(x, y, z), 5);
  };
}

/** No part of the sacrum lies farther from the midline than this (its alae), mm. */
const SACRUM_REACH = SACRUM_SHAPE.massHalfWidth[0]![1] + ILIUM_SHAPE.jointSpace + 2;

export function iliumSdf(side: Side): (x: number, y: number, z: number) => number {
  const bone = worldIlium();
  const e = new Matrix4().copy(pelvisPose()).elements;
  const sign = sideSign(side);
  // The auricular surfaces face each other on the sacrum's lateral masses, so its main mass is all that matters.
  const sacrum = (x: number, y: number, z: number) => sacrumMainMass(Math.abs(x), y, z);
  return (x, y, z) => {
    const wx = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
    const wy = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
    const wz = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
    const d = bone(sign * wx, wy, wz);
    // Carving out the sacrum only removes material: well outside the ilium it cannot matter.
    if (d > 2 || Math.abs(x) > SACRUM_REACH) return d;
    // A rounded carve: a sharp inner edge round the auricular surface would mesh into a zig-zag.
    return smax(d, ILIUM_SHAPE.jointSpace - sacrum(x, y, z), 2);
  };
}

export function iliumBounds(side: Side): Bounds {
  const wing = iliumWing();
  // The fossa bulges outward by up to its depth beyond the crest–border chord.
  const pad = Math.max(...ILIUM_SHAPE.crestRadius, ILIUM_SHAPE.posteriorThickness / 2) + ILIUM_SHAPE.fossaDepth + 4;
  const pts = [...wing.crest, ...wing.lowerBorder].map((p) => toPelvisFrame(p, side));
  const min = [0, 1, 2].map((k) => Math.min(...pts.map((p) => p[k]!)) - pad) as [number, number, number];
  const max = [0, 1, 2].map((k) => Math.max(...pts.map((p) => p[k]!)) + pad) as [number, number, number];
  return { min, max };
}
