/**
 * Signed-distance field of a whole lumbar vertebra in its local frame, built from its layout: the waisted body,
 * short thick pedicles, shingled laminae, the hatchet-shaped spinous process, tapering transverse processes,
 * the articular processes with cylindrical facets (concave superior, convex inferior), mammillary and accessory
 * processes. The bone is mirror-symmetric, so the left half is evaluated at |x|.
 */
import { POSTERIOR_SHAPE } from './data/shapeDefaults';
import type { Vertebra } from './levels';
import type { Bounds } from './meshData';
import { articularBlock, connector, facetCut, part, processRoom, sphere } from './articularParts';
import { fromJoint } from './facetFrames';
import {
  distanceToSegment2D,
  sdEllipse2D,
  sdPillow,
  sdPolygon2D,
  sdTaperedCapsule,
  smax,
  smin,
  smoothUnion,
  type BoundedSdf,
  type Vec3,
} from './sdf/primitives';
import { bodySdf } from './vertebraBody';
import { vertebraLayout, type SideLayout, type VertebraLayout } from './vertebraLayout';

const P = POSTERIOR_SHAPE;
/** Beyond this distance outside (mm) a subtraction cannot change the sign or the surface position. */
const FAR_OUTSIDE = 2;
/** Clearance kept around the articular process of the neighbouring vertebra, mm (D). */
export const NEIGHBOUR_CLEARANCE = 1;
/** Blend of the spinous club into its neck, mm (D): small, so the club adds no bulk below the neck line. */
const CLUB_BLEND = 1.5;
/** Rounding of the edges those cuts leave, mm (D). */
const CUT_BLEND = 2;

/** A rod with an elliptical section (horizontal axis a→b), as a capsule in y-scaled space. */
function ellipticRod(a: Vec3, b: Vec3, halfWidth: number, halfHeight: number): BoundedSdf {
  const squash = halfWidth / halfHeight;
  return part(
    (x, y, z) => sdTaperedCapsule(x, a[1] + (y - a[1]) * squash, z, a, b, halfWidth, halfWidth),
    [a, b],
    Math.max(halfWidth, halfHeight),
  );
}

function laminaPart(L: VertebraLayout, side: SideLayout): BoundedSdf {
  const [ax, , az] = side.laminaLateral;
  const [bx, , bz] = L.laminaMidline;
  const drop = P.laminaSlope * (L.pedicleLevel - L.laminaBottomMidline);
  return part(
    (x, y, z) => {
      const zs = z - P.laminaSlope * (y - L.pedicleLevel);
      const plate = distanceToSegment2D(x, zs, ax, az, bx, bz);
      // Seen from behind the lamina is a trapezoid: lower in the midline than at the pars.
      const u = Math.min(1, Math.max(0, x / ax));
      const top = L.laminaTopMidline + (L.laminaTop - L.laminaTopMidline) * u;
      const notch = Math.sin(Math.PI * u);
      const bottom = L.laminaBottomMidline + (L.laminaBottom - L.laminaBottomMidline) * u + P.laminaNotch * notch * notch;
      const mid = (top + bottom) / 2;
      return sdPillow(Math.abs(y - mid) - (top - bottom) / 2, plate, L.laminaThickness / 2, P.laminaEdge);
    },
    [
      [ax, L.laminaTop, az],
      [bx, L.laminaBottomMidline, bz - drop],
      [ax, L.laminaBottom, az - drop],
    ],
    L.laminaThickness,
  );
}

/**
 * The hatchet-shaped spinous process: its side outline (a rounded polygon through the layout points) thickened
 * into a pillow, thin at the neck, heavier toward the tip and along the postero-inferior border.
 */
function spinousSdf(L: VertebraLayout): (x: number, y: number, z: number) => number {
  const [[baseTopY, baseTopZ], [baseBotY, baseBotZ]] = L.spinousBase;
  const [[neckTopY, neckZ], [neckBotY]] = L.spinousNeck;
  const [[tipTopY, tipZ], [tipBotY]] = L.spinousTip;
  // Side outline in (z, y): the neck as a rounded polygon (inset by its rounding so the outline passes through
  // the layout points), ending in a rounded club whose back reaches the tip.
  const r = P.spinousRounding;
  const tipHalf = (tipTopY - tipBotY) / 2;
  const tipMid = (tipTopY + tipBotY) / 2;
  const clubZ = tipHalf * P.spinousClub;
  const clubCentre = tipZ + clubZ;
  const profile = [
    baseTopZ, baseTopY - r, neckZ, neckTopY - r, clubCentre, tipTopY - r,
    clubCentre, tipBotY + r, neckZ, neckBotY + r, baseBotZ, baseBotY + r,
  ];
  const height = tipTopY - tipBotY;
  return (x, y, z) => {
    const along = Math.min(1, Math.max(0, (z - baseTopZ) / (tipZ - baseTopZ)));
    const low = Math.min(1, Math.max(0, (tipTopY - y) / height));
    const halfThick =
      (P.spinousBaseThickness + (P.spinousTipThickness - P.spinousBaseThickness) * along * along + P.spinousLowerBulge * low * along) / 2;
    const outline = smin(sdPolygon2D(z, y, profile) - r, sdEllipse2D(z - clubCentre, y - tipMid, clubZ, tipHalf), CLUB_BLEND);
    return sdPillow(outline, x, halfThick, halfThick);
  };
}

/** Both laminae and the spinous process as one arch, blended broadly where the process springs from the laminae. */
function posteriorArch(L: VertebraLayout, side: SideLayout): BoundedSdf {
  const lamina = laminaPart(L, side);
  const spinous = spinousSdf(L);
  const [[, tipZ], [tipBotY]] = L.spinousTip;
  return part(
    (x, y, z) => smin(lamina.sdf(x, y, z), spinous(x, y, z), P.spinousBlend),
    [
      [side.laminaLateral[0], L.laminaTop, side.laminaLateral[2]],
      [side.laminaLateral[0], L.laminaBottom, side.laminaLateral[2]],
      [0, L.spinousTip[0][0], tipZ],
      [0, tipBotY, tipZ],
    ],
    P.spinousTipThickness,
  );
}

/**
 * A flat rod from a to b: round in the scaled space where front-to-back distances grow by halfWidth/halfThickness,
 * so its section is an ellipse halfWidth across and halfThickness deep (dividing by the scale keeps a distance).
 */
function flatRod(a: Vec3, b: Vec3, halfWidth: number, halfThickness: number): BoundedSdf {
  const k = halfWidth / halfThickness;
  const zc = a[2];
  const bs: Vec3 = [b[0], b[1], zc + (b[2] - zc) * k];
  return part(
    (x, y, z) => sdTaperedCapsule(x, y, zc + (z - zc) * k, a, bs, halfWidth, halfWidth) / k,
    [a, b],
    halfWidth,
  );
}

/**
 * The posterior sheet of one side: a flat rod behind the pars from the base of the superior articular process
 * down to the back of the inferior one, and another from there to the spinous base, so superior process, pars,
 * lamina and inferior process read as one continuous plate of bone from behind.
 */
function posteriorSheet(L: VertebraLayout, side: SideLayout): BoundedSdf[] {
  const T = P.articularProcessThickness;
  const sup = side.superiorFacet;
  const inf = side.inferiorFacet;
  const [sx, sy, sz] = fromJoint(sup, 0, -sup.height / 4, -sup.gap / 2 - T / 2);
  const [ix, iy, iz] = fromJoint(inf, 0, 0, inf.gap / 2 + T / 2);
  const sapBase: Vec3 = [sx, sy, sz - P.sheetBehind];
  const iapBack: Vec3 = [ix, iy, iz - P.sheetBehind];
  const [, [baseBotY, baseBotZ]] = L.spinousBase;
  const midline: Vec3 = [
    P.lowerSheetHalfHeight / 2,
    Math.max(baseBotY, L.laminaBottomMidline + P.lowerSheetHalfHeight + P.lowerSheetRise),
    baseBotZ,
  ];
  return [
    flatRod(sapBase, iapBack, P.parsSheetHalfWidth, P.parsSheetHalfThickness),
    flatRod(iapBack, midline, P.lowerSheetHalfHeight, L.laminaThickness / 2),
  ];
}

/**
 * Fills the posterolateral corner of the canal at pedicle level: a rod lying outside the straight line from the
 * pedicle's medial wall to the lamina's inner surface near the midline, so the canal's cross-section is a
 * triangle with its apex at the spinous base instead of a pentagon.
 */
function canalCorner(L: VertebraLayout, side: SideLayout): BoundedSdf {
  const y = L.pedicleLevel;
  const midZ = (side.pedicleFront[2] + side.pedicleBack[2]) / 2;
  const wallX = Math.abs((side.pedicleFront[0] + side.pedicleBack[0]) / 2) - side.pedicleHalfWidth;
  const q1 = [wallX, midZ - P.canalCornerStart] as const;
  const q2 = [P.canalCornerEnd, L.laminaMidline[2] + L.laminaThickness / 2] as const;
  const dx = q2[0] - q1[0];
  const dz = q2[1] - q1[1];
  const len = Math.hypot(dx, dz);
  // The normal pointing away from the canal (whose middle lies at x = 0, half way back).
  let nx = -dz / len;
  let nz = dx / len;
  const canalMidZ = (L.posteriorWall + q2[1]) / 2;
  if (nx * (0 - q1[0]) + nz * (canalMidZ - q1[1]) > 0) {
    nx = -nx;
    nz = -nz;
  }
  const r = P.canalCornerRadius;
  const a: Vec3 = [q1[0] + r * nx, y, q1[1] + r * nz];
  const b: Vec3 = [q2[0] + r * nx, y, q2[1] + r * nz];
  const k = r / (side.pedicleHalfHeight * P.canalCornerHeight);
  // Kept below the lamina's upper border, which drops toward the midline: the interlaminar gap stays open.
  const ax = side.laminaLateral[0];
  return part(
    (x, yy, z) => {
      const top = L.laminaTopMidline + (L.laminaTop - L.laminaTopMidline) * Math.min(1, Math.max(0, x / ax));
      return smax(sdTaperedCapsule(x, y + (yy - y) * k, z, a, b, r, r), yy - top + P.canalCornerBelowTop, CUT_BLEND);
    },
    [a, b],
    side.pedicleHalfHeight + r,
  );
}

/**
 * A flattened blade: thin front to back, and (away from the pedicle, so the pedicle keeps its width) taller than
 * thick, its section stretched upward and downward about the process axis toward the tip.
 */
function transversePart(side: SideLayout): BoundedSdf {
  const f = P.transverseFlattening;
  const a: Vec3 = [side.transverseRoot[0], side.transverseRoot[1], side.transverseRoot[2] * f];
  const b: Vec3 = [side.transverseTip[0], side.transverseTip[1], side.transverseTip[2] * f];
  const span = b[0] - a[0];
  const extra = P.transverseBladeStretch - 1;
  // Squashed front to back: dividing by the squash keeps the value a conservative distance.
  return part(
    (x, y, z) => {
      const u = Math.min(1, Math.max(0, (x - a[0]) / span));
      const axisY = a[1] + (b[1] - a[1]) * u;
      const w = Math.min(1, Math.max(0, (u - P.transverseBladeStart) / (1 - P.transverseBladeStart)));
      const stretch = 1 + extra * w * w * (3 - 2 * w);
      const ys = axisY + (y - axisY) / stretch;
      return sdTaperedCapsule(x, ys, z * f, a, b, side.transverseRootRadius, side.transverseTipRadius) / Math.sqrt(f);
    },
    [side.transverseRoot, side.transverseTip],
    side.transverseRootRadius * P.transverseBladeStretch,
  );
}

export function vertebraSdf(v: Vertebra): (x: number, y: number, z: number) => number {
  const L = vertebraLayout(v);
  const side = L.sides.left;
  const T = P.articularProcessThickness;
  const sup = side.superiorFacet;
  const inf = side.inferiorFacet;
  const body = bodySdf(L.body);
  const laminaCornerY = L.laminaBottom + 5;
  // The inferior process hangs from the lamina behind the pedicle (clear of the foramen in front of it).
  const laminaCorner: Vec3 = [
    side.pedicleBack[0] * 0.8,
    laminaCornerY,
    side.pedicleBack[2] - 3 - P.laminaSlope * (L.pedicleLevel - laminaCornerY),
  ];
  const parts: BoundedSdf[] = [
    part(body, [[0, 0, 0]], Math.sqrt((L.body.lowerWidth / 2) ** 2 + (L.body.halfHeight + 2) ** 2 + (L.body.lowerDepth / 2) ** 2) + 3),
    ellipticRod(side.pedicleFront, side.pedicleBack, side.pedicleHalfWidth, side.pedicleHalfHeight),
    posteriorArch(L, side),
    ...posteriorSheet(L, side),
    canalCorner(L, side),
    transversePart(side),
    articularBlock(sup, false),
    connector(side.pedicleBack, fromJoint(sup, 0, -2, -sup.gap / 2 - T / 2), side.pedicleHalfWidth * 0.9, T / 2),
    articularBlock(inf, true),
    connector(laminaCorner, fromJoint(inf, 0, inf.height / 4, inf.gap / 2 + T / 2), L.laminaThickness / 2 + 0.5, T / 2),
    sphere(side.mammillary, P.mammillaryRadius),
    sphere(side.accessory, P.accessoryRadius),
  ];
  const union = smoothUnion(parts, P.blend);
  const cutSuperior = facetCut(sup, true);
  const cutInferior = facetCut(inf, false);
  // Room for the neighbours' articular processes: the inferior process of the vertebra above overlaps this
  // lamina from behind, and the superior process of the bone below rises beside this pars.
  const iapAbove = processRoom(sup, true, NEIGHBOUR_CLEARANCE);
  const sapBelow = processRoom(inf, false, NEIGHBOUR_CLEARANCE);
  return (x, y, z) => {
    const ax = Math.abs(x);
    const d = union(ax, y, z);
    // Cuts only remove material, so well outside the bone they cannot matter.
    if (d > FAR_OUTSIDE) return d;
    const cut = smax(smax(d, -cutSuperior(ax, y, z), CUT_BLEND), -cutInferior(ax, y, z), CUT_BLEND);
    const room = Math.min(iapAbove(ax, y, z), sapBelow(ax, y, z));
    return smax(cut, -room, CUT_BLEND);
  };
}

/** A box that surely contains the bone, for meshing. */
export function vertebraBounds(v: Vertebra): Bounds {
  const L = vertebraLayout(v);
  const s = L.sides.left;
  const halfX = Math.max(s.transverseTip[0] + s.transverseTipRadius, L.body.lowerWidth / 2) + 4;
  const tipZ = L.spinousTip[0][1];
  const ys = [s.superiorFacet.centre[1] + s.superiorFacet.height, s.inferiorFacet.centre[1] - s.inferiorFacet.height];
  return {
    min: [-halfX, Math.min(-L.body.halfHeight - 4, L.laminaBottom - 4, ys[1]! - 4), tipZ - 8],
    max: [halfX, Math.max(L.body.halfHeight + 4, ys[0]! + 4), Math.max(L.body.upperDepth, L.body.lowerDepth) / 2 + 4],
  };
}
