/**
 * The posterior elements of one lumbar vertebra, laid out in its local frame (vertebraBody.ts) from the measured
 * table. The bone's signed-distance field (vertebraSdf.ts) and the landmarks (landmarks.ts) both read this
 * layout, so every landmark sits on the surface that is actually built.
 */
import type { FacetSegment } from './data/facets';
import { POSTERIOR_SHAPE } from './data/shapeDefaults';
import { VERTEBRA_DIMENSIONS } from './data/vertebrae';
import { facetFrameInLowerBone, facetFrameInUpperBone, fromJoint, sideSign, type FacetFrame } from './facetFrames';
import { SIDES, VERTEBRAE, type Side, type Vertebra } from './levels';
import type { Vec3 } from './sdf/primitives';
import { bodyShape, type BodyShape } from './vertebraBody';

export interface SideLayout {
  /** Pedicle axis from its anterior (inside the body) to its posterior end; elliptical section. */
  pedicleFront: Vec3;
  pedicleBack: Vec3;
  pedicleHalfWidth: number;
  pedicleHalfHeight: number;
  /** Lateral end of the lamina at the pedicle-level height. */
  laminaLateral: Vec3;
  transverseRoot: Vec3;
  transverseTip: Vec3;
  transverseRootRadius: number;
  transverseTipRadius: number;
  /** Joint with the vertebra above (this bone's superior articular process). */
  superiorFacet: FacetFrame;
  /** Joint with the bone below (this bone's inferior articular process). */
  inferiorFacet: FacetFrame;
  mammillary: Vec3;
  accessory: Vec3;
}

export interface VertebraLayout {
  level: Vertebra;
  body: BodyShape;
  /** z of the posterior body wall (canal front). */
  posteriorWall: number;
  /** Height of the pedicle axes; the canal and laminae are measured there. */
  pedicleLevel: number;
  /** Midline point of the lamina's mid-thickness at pedicle level. */
  laminaMidline: Vec3;
  /** The lamina's upper and lower edges at its lateral end (pars) and in the midline (a trapezoid seen from behind). */
  laminaTop: number;
  laminaBottom: number;
  laminaTopMidline: number;
  laminaBottomMidline: number;
  laminaThickness: number;
  /** Sagittal profile of the spinous process, (y, z) pairs: base top/bottom, neck top/bottom, tip top/bottom. */
  spinousBase: [[number, number], [number, number]];
  spinousNeck: [[number, number], [number, number]];
  spinousTip: [[number, number], [number, number]];
  sides: Record<Side, SideLayout>;
}

const DEG = Math.PI / 180;

function segmentAbove(v: Vertebra): FacetSegment {
  const i = VERTEBRAE.indexOf(v);
  return (i === 0 ? 'T12-L1' : `${VERTEBRAE[i - 1]}-${v}`) as FacetSegment;
}

function segmentBelow(v: Vertebra): FacetSegment {
  const i = VERTEBRAE.indexOf(v);
  return `${v}-${VERTEBRAE[i + 1] ?? 'S1'}` as FacetSegment;
}

function sideLayout(v: Vertebra, side: Side, common: Omit<VertebraLayout, 'sides'>): SideLayout {
  const d = VERTEBRA_DIMENSIONS[v];
  const P = POSTERIOR_SHAPE;
  const s = sideSign(side);
  const pedicleLength = d.canalDepth * P.pedicleLengthFraction;
  const pedicleX = s * (d.canalWidth / 2 + d.pedicleWidth / 2);
  const zFront = common.posteriorWall + 4;
  const zBack = common.posteriorWall - pedicleLength;
  // The pedicle axes converge anteriorly by the medial angle.
  const slant = Math.tan(d.pedicleMedialAngle * DEG) * s;
  const midZ = (zFront + zBack) / 2;
  const pedicleFront: Vec3 = [pedicleX - slant * (zFront - midZ), common.pedicleLevel, zFront];
  const pedicleBack: Vec3 = [pedicleX - slant * (zBack - midZ), common.pedicleLevel, zBack];

  const transverseRoot: Vec3 = [pedicleBack[0] + s * d.pedicleWidth * 0.35, common.pedicleLevel, zBack + 2];
  // The tabled tip-to-tip width runs to the bone's outer surface, so the tip's centre sits one radius inside.
  const tipRadius = d.transverseHeight * P.transverseTipFraction;
  const reach = d.transverseTipToTip / 2 - tipRadius - Math.abs(transverseRoot[0]);
  const transverseTip: Vec3 = [
    s * (d.transverseTipToTip / 2 - tipRadius),
    common.pedicleLevel + reach * Math.tan(P.transverseTilt * DEG),
    transverseRoot[2] - reach * Math.tan(P.transverseSweep * DEG),
  ];
  const superiorFacet = facetFrameInLowerBone(segmentAbove(v), side);
  const inferiorFacet = facetFrameInUpperBone(segmentBelow(v), side);
  const T = P.articularProcessThickness;
  return {
    pedicleFront,
    pedicleBack,
    pedicleHalfWidth: d.pedicleWidth / 2,
    pedicleHalfHeight: d.pedicleHeight / 2,
    laminaLateral: [pedicleBack[0] - s * d.pedicleWidth * P.laminaRootMedial, common.pedicleLevel, zBack + P.laminaRootForward],
    transverseRoot,
    transverseTip,
    transverseRootRadius: d.transverseHeight * P.transverseRootFraction,
    transverseTipRadius: tipRadius,
    superiorFacet,
    inferiorFacet,
    mammillary: fromJoint(superiorFacet, superiorFacet.width / 2, 0, -superiorFacet.gap / 2 - T * P.mammillaryDepth),
    accessory: [
      transverseRoot[0] + s * 4,
      common.pedicleLevel - d.transverseHeight * 0.3,
      transverseRoot[2] - d.transverseHeight / (2 * P.transverseFlattening),
    ],
  };
}

function computeLayout(v: Vertebra): VertebraLayout {
  const d = VERTEBRA_DIMENSIONS[v];
  const P = POSTERIOR_SHAPE;
  const body = bodyShape(v);
  const posteriorWall = -(d.upperEndplateDepth + d.lowerEndplateDepth) / 4;
  const pedicleLevel = body.halfHeight - d.pedicleHeight / 2 - 1.5;
  const laminaMidZ = posteriorWall - d.canalDepth - P.laminaThickness / 2;
  const laminaTop = body.halfHeight - 1;
  const laminaBottom = -body.halfHeight + 1;
  const laminaTopMidline = body.halfHeight - P.laminaMidlineBelowTop;
  const laminaBottomMidline = -body.halfHeight - P.laminaMidlineBelowBottom;
  const tipZ = posteriorWall - d.canalDepth - d.spinousLength;
  const baseZ = laminaMidZ - P.laminaThickness * 0.3;
  const neckZ = baseZ + (tipZ - baseZ) * 0.35;
  const baseTop = laminaTopMidline - 1;
  const baseBottom = laminaBottomMidline + 3;
  // The process points back and a little down from the middle of its base.
  const baseMid = (baseTop + baseBottom) / 2;
  const tipMid = baseMid - P.spinousDroop;
  const neckMid = baseMid + (tipMid - baseMid) * 0.35;
  const neckHalf = (d.spinousHeight * P.spinousNeckHeight) / 2;
  const tipHalf = (d.spinousHeight * P.spinousTipHeight) / 2;
  const common: Omit<VertebraLayout, 'sides'> = {
    level: v,
    body,
    posteriorWall,
    pedicleLevel,
    laminaMidline: [0, pedicleLevel, laminaMidZ],
    laminaTop,
    laminaBottom,
    laminaTopMidline,
    laminaBottomMidline,
    laminaThickness: P.laminaThickness,
    spinousBase: [
      [baseTop, baseZ],
      [baseBottom, baseZ - (laminaTopMidline - laminaBottomMidline) * P.laminaSlope * 0.5],
    ],
    // The neck is less tall than the tip: the hatchet shape of the lumbar spinous process.
    spinousNeck: [
      [neckMid + neckHalf, neckZ],
      [neckMid - neckHalf, neckZ],
    ],
    spinousTip: [
      [tipMid + tipHalf, tipZ],
      [tipMid - tipHalf, tipZ],
    ],
  };
  const sides = {} as Record<Side, SideLayout>;
  for (const side of SIDES) sides[side] = sideLayout(v, side, common);
  return { ...common, sides };
}

const cache = new Map<Vertebra, VertebraLayout>();

export function vertebraLayout(v: Vertebra): VertebraLayout {
  let layout = cache.get(v);
  if (!layout) {
    layout = computeLayout(v);
    cache.set(v, layout);
  }
  return layout;
}
