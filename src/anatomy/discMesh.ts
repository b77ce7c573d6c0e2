/**
 * The intervertebral disc and its nucleus, meshed in the WORLD (neutral) frame from signed-distance fields that
 * take the two vertebral bodies as their upper and lower walls, so the disc follows the concave endplates with
 * neither gap nor overlap (beyond the meshing tolerance). The annulus bulges slightly past the rims and carries
 * faint circumferential ridges that suggest its lamellae; the nucleus is a separate, smaller mesh.
 */
import { Matrix4, Vector3 } from 'three';
import { discGeometry } from './alignment';
import { NUCLEUS } from './data/discs';
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { BODY_SHAPE } from './data/shapeDefaults';
import { VERTEBRA_DIMENSIONS } from './data/vertebrae';
import { segmentLevels, type Segment, type Vertebra } from './levels';
import { computeVertexNormals, type Bounds, type MeshData } from './meshData';
import { neutralPose, upperEndplateFrame } from './posture';
import { sacrumSdf } from './sacrumSdf';
import { sdSuperellipse, smax } from './sdf/primitives';
import { simplifyMesh } from './sdf/simplify';
import { meshSdf, type Sdf } from './sdf/surfaceNets';
import { vertebraSdf } from './vertebraSdf';

/** Meshing of discs and nuclei: voxel edge (mm) and the triangle counts they are simplified to. */
const DISC_MESHING = { voxel: 0.6, discTriangles: 6000, nucleusTriangles: 1500 } as const;
/** Lamella ridges on the annulus surface: spacing and height, mm (D: a visual cue, not a measurement). */
const LAMELLA_SPACING = 2.2;
const LAMELLA_HEIGHT = 0.2;
/** The nucleus keeps this far from the endplates, mm (D). */
const NUCLEUS_ENDPLATE_CLEARANCE = 1.5;

interface DiscSpace {
  /** World → disc frame (origin at the lower endplate's rim centre, +Y its normal). */
  toDisc: Matrix4;
  discToWorld: Matrix4;
  lower: Sdf;
  upper: Sdf;
  halfWidth: number;
  halfDepth: number;
  /** Largest rim height, and the rim height as a linear function of z (centre + slope · z). */
  height: number;
  centreRim: number;
  rimSlope: number;
}

function inLocal(sdf: Sdf, worldToLocal: Matrix4): Sdf {
  const e = worldToLocal.elements;
  return (x, y, z) =>
    sdf(
      e[0]! * x + e[4]! * y + e[8]! * z + e[12]!,
      e[1]! * x + e[5]! * y + e[9]! * z + e[13]!,
      e[2]! * x + e[6]! * y + e[10]! * z + e[14]!,
    );
}

function discSpace(segment: Segment): DiscSpace {
  const [upperLevel, lowerLevel] = segmentLevels(segment) as [Vertebra, Vertebra | 'S1'];
  const pose = neutralPose();
  const upperMatrix = pose[upperLevel];
  const lowerBone = lowerLevel === 'S1' ? 'sacrum' : lowerLevel;
  const lowerMatrix = pose[lowerBone];
  const discToWorld = lowerLevel === 'S1' ? lowerMatrix.clone() : lowerMatrix.clone().multiply(upperEndplateFrame(lowerLevel));
  // The whole bones, not just their bodies: the pedicle roots blend into the bodies' posterior rims.
  const lowerSdf = lowerLevel === 'S1' ? sacrumSdf() : vertebraSdf(lowerLevel);
  const lowerDims = lowerLevel === 'S1' ? SACRUM_DIMENSIONS : VERTEBRA_DIMENSIONS[lowerLevel];
  const upperDims = VERTEBRA_DIMENSIONS[upperLevel];
  const disc = discGeometry(segment);
  return {
    toDisc: discToWorld.clone().invert(),
    discToWorld,
    lower: inLocal(lowerSdf, lowerMatrix.clone().invert()),
    upper: inLocal(vertebraSdf(upperLevel), upperMatrix.clone().invert()),
    halfWidth: (upperDims.lowerEndplateWidth + lowerDims.upperEndplateWidth) / 4,
    halfDepth: (upperDims.lowerEndplateDepth + lowerDims.upperEndplateDepth) / 4,
    height: Math.max(disc.anteriorRim, disc.posteriorRim),
    centreRim: disc.centreRim,
    rimSlope: (disc.anteriorRim - disc.posteriorRim) / disc.depth,
  };
}

/** Outline distance in the disc frame, scaled by `scale` about a centre shifted `shiftZ` forward. */
function outline(d: DiscSpace, x: number, y: number, z: number, scale: number, shiftZ: number, bulge: number): number {
  // The annulus attaches on the flat ring apophysis, inside the rounded rim, and bulges between the endplates.
  const t = Math.min(1, Math.max(0, y / (d.centreRim + d.rimSlope * z)));
  const arch = 4 * t * (1 - t);
  const swell = bulge * arch - BODY_SHAPE.rimRadius * (1 - arch);
  // The nucleus (bulge 0) is the disc's mid-height outline, bulge included, scaled down.
  const hw = bulge > 0 ? d.halfWidth + swell : (d.halfWidth + BODY_SHAPE.annulusBulge) * scale;
  const hd = bulge > 0 ? d.halfDepth + swell : (d.halfDepth + BODY_SHAPE.annulusBulge) * scale;
  const zc = z - shiftZ;
  return zc >= 0
    ? sdSuperellipse(x, zc, hw, hd, BODY_SHAPE.anteriorExponent)
    : sdSuperellipse(x, zc, hw, hd, BODY_SHAPE.posteriorExponent);
}

function discField(d: DiscSpace, nucleus: boolean): Sdf {
  const e = d.toDisc.elements;
  const scale = nucleus ? Math.sqrt(NUCLEUS.areaFraction) : 1;
  const shift = nucleus ? -NUCLEUS.posteriorOffset : 0;
  return (x, y, z) => {
    const dx = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
    const dy = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
    const dz = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
    // Between the rim planes, with room for the endplate concavities: beyond them the bodies' walls are tilted
    // against the disc frame and would otherwise leave slivers inside the outline.
    const slab = Math.max(-dy - 2, dy - (d.centreRim + d.rimSlope * dz) - 2.5);
    let side = outline(d, dx, dy, dz, scale, shift, nucleus ? 0 : BODY_SHAPE.annulusBulge);
    if (!nucleus) side -= LAMELLA_HEIGHT * Math.sin((2 * Math.PI * dy) / LAMELLA_SPACING);
    const walls = Math.max(-d.lower(x, y, z), -d.upper(x, y, z));
    if (nucleus) return smax(smax(side, walls + NUCLEUS_ENDPLATE_CLEARANCE, 2), slab, 1);
    return Math.max(side, walls, slab);
  };
}

function discBounds(d: DiscSpace): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const pad = 3;
  for (const x of [-d.halfWidth - pad, d.halfWidth + pad])
    for (const y of [-4, d.height + 5])
      for (const z of [-d.halfDepth - pad, d.halfDepth + pad]) {
        const p = new Vector3(x, y, z).applyMatrix4(d.discToWorld);
        p.toArray().forEach((v, k) => {
          min[k] = Math.min(min[k]!, v);
          max[k] = Math.max(max[k]!, v);
        });
      }
  return { min, max };
}

/** Per vertex: 0 at the lower endplate, 1 at the upper one, by relative distance to the two walls. */
function blendByWalls(d: DiscSpace, mesh: MeshData): Float32Array {
  const p = mesh.positions;
  const blend = new Float32Array(p.length / 3);
  for (let i = 0; i < blend.length; i++) {
    const dl = Math.max(0, d.lower(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!));
    const du = Math.max(0, d.upper(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!));
    blend[i] = dl + du > 1e-6 ? dl / (dl + du) : 0.5;
  }
  return blend;
}

/**
 * Meshing and simplification round the sharp rim where disc meets endplate, which can leave a vertex a fraction
 * of a millimetre inside a bone: move such vertices back onto the bone surface (a few Newton steps).
 */
function pushOutOfBones(d: DiscSpace, mesh: MeshData): void {
  const p = mesh.positions;
  const e = 0.05;
  for (let i = 0; i < p.length; i += 3)
    for (const wall of [d.lower, d.upper])
      for (let step = 0; step < 4; step++) {
        const x = p[i]!, y = p[i + 1]!, z = p[i + 2]!;
        const v = wall(x, y, z);
        if (v >= 0.02) break;
        const gx = (wall(x + e, y, z) - v) / e;
        const gy = (wall(x, y + e, z) - v) / e;
        const gz = (wall(x, y, z + e) - v) / e;
        const g2 = gx * gx + gy * gy + gz * gz || 1;
        const move = (0.03 - v) / g2;
        p[i] = x + gx * move;
        p[i + 1] = y + gy * move;
        p[i + 2] = z + gz * move;
      }
  mesh.normals = computeVertexNormals(p, mesh.indices);
}

/** The disc's signed-distance field in the world (neutral) frame, for tissue that lies on it. */
export function discSdfInWorld(segment: Segment): Sdf {
  return discField(discSpace(segment), false);
}

export function buildDisc(segment: Segment): { disc: MeshData; nucleus: MeshData } {
  const space = discSpace(segment);
  const bounds = discBounds(space);
  const voxel = DISC_MESHING.voxel;
  const disc = simplifyMesh(meshSdf(discField(space, false), bounds, { voxel }), { targetTriangles: DISC_MESHING.discTriangles });
  const nucleus = simplifyMesh(meshSdf(discField(space, true), bounds, { voxel }), { targetTriangles: DISC_MESHING.nucleusTriangles });
  pushOutOfBones(space, disc);
  pushOutOfBones(space, nucleus);
  disc.blend = blendByWalls(space, disc);
  nucleus.blend = blendByWalls(space, nucleus);
  return { disc, nucleus };
}
