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
  sdPolygon2D,
  sdTaperedCapsule,
  smax,
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
/** Rounding of the edges those cuts leave, mm (D). */
const CUT_BLEND = 2;
/** Rounding of the spinous process outline, mm (D). */
const SPINOUS_ROUNDING = 3.5;

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
      const plate = distanceToSegment2D(x, zs, ax, az, bx, bz) - L.laminaThickness / 2;
      // Seen from behind the lamina is a trapezoid: lower in the midline than at the pars.
      const u = Math.min(1, Math.max(0, x / ax));
      const top = L.laminaTopMidline + (L.laminaTop - L.laminaTopMidline) * u;
      const bottom = L.laminaBottomMidline + (L.laminaBottom - L.laminaBottomMidline) * u;
      return smax(plate, Math.max(y - top, bottom - y), 3);
    },
    [
      [ax, L.laminaTop, az],
      [bx, L.laminaBottomMidline, bz - drop],
      [ax, L.laminaBottom, az - drop],
    ],
    L.laminaThickness,
  );
}

function spinousPart(L: VertebraLayout): BoundedSdf {
  const [[baseTopY, baseTopZ], [baseBotY, baseBotZ]] = L.spinousBase;
  const [[neckTopY, neckZ], [neckBotY]] = L.spinousNeck;
  const [[tipTopY, tipZ], [tipBotY]] = L.spinousTip;
  // Profile in (z, y), inset by the rounding radius so the rounded outline passes through the layout points.
  const r = SPINOUS_ROUNDING;
  const profile = [
    baseTopZ, baseTopY - r, neckZ, neckTopY - r, tipZ + r, tipTopY - r,
    tipZ + r, tipBotY + r, neckZ, neckBotY + r, baseBotZ, baseBotY + r,
  ];
  return part(
    (x, y, z) => {
      const along = Math.min(1, Math.max(0, (z - baseTopZ) / (tipZ - baseTopZ)));
      const halfThick = (P.spinousBaseThickness + (P.spinousTipThickness - P.spinousBaseThickness) * along * along) / 2;
      const outline = sdPolygon2D(z, y, profile) - r;
      return smax(outline, Math.abs(x) - halfThick, 4);
    },
    [
      [0, baseTopY, baseTopZ],
      [0, baseBotY, baseBotZ],
      [0, tipTopY, tipZ],
      [0, tipBotY, tipZ],
    ],
    P.spinousTipThickness,
  );
}

function transversePart(side: SideLayout): BoundedSdf {
  const f = P.transverseFlattening;
  const a: Vec3 = [side.transverseRoot[0], side.transverseRoot[1], side.transverseRoot[2] * f];
  const b: Vec3 = [side.transverseTip[0], side.transverseTip[1], side.transverseTip[2] * f];
  return part(
    (x, y, z) => sdTaperedCapsule(x, y, z * f, a, b, side.transverseRootRadius, side.transverseTipRadius),
    [side.transverseRoot, side.transverseTip],
    side.transverseRootRadius,
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
  const laminaCorner: Vec3 = [
    side.laminaLateral[0] * 0.8,
    laminaCornerY,
    side.laminaLateral[2] - 2 - P.laminaSlope * (L.pedicleLevel - laminaCornerY),
  ];
  const parts: BoundedSdf[] = [
    part(body, [[0, 0, 0]], Math.sqrt((L.body.lowerWidth / 2) ** 2 + (L.body.halfHeight + 2) ** 2 + (L.body.lowerDepth / 2) ** 2) + 3),
    ellipticRod(side.pedicleFront, side.pedicleBack, side.pedicleHalfWidth, side.pedicleHalfHeight),
    laminaPart(L, side),
    spinousPart(L),
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
