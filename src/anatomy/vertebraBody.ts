/**
 * The vertebral body of one lumbar level in its LOCAL frame.
 *
 * Local vertebra frame (mm): origin at the body centre (midway between the endplate centres), +Y along the body
 * axis (bisecting the two endplate normals), +Z anterior, +X the patient's left. The upper endplate rim plane is
 * y = halfHeight + wedgeSlope·z and the lower one y = -halfHeight - wedgeSlope·z, so a wedged body (anterior
 * height > posterior) tilts both endplates symmetrically.
 */
import { ENDPLATE_SHAPE, VERTEBRA_DIMENSIONS } from './data/vertebrae';
import { BODY_SHAPE } from './data/shapeDefaults';
import type { Vertebra } from './levels';
import { sdEllipse2D, smax, sdSuperellipse } from './sdf/primitives';

export interface BodyShape {
  halfHeight: number;
  /** dy/dz of the upper rim plane: (anterior - posterior height) / (2 · depth). */
  wedgeSlope: number;
  upperWidth: number;
  upperDepth: number;
  lowerWidth: number;
  lowerDepth: number;
  superiorConcavity: number;
  inferiorConcavity: number;
}

export function bodyShape(v: Vertebra): BodyShape {
  const d = VERTEBRA_DIMENSIONS[v];
  const depth = (d.upperEndplateDepth + d.lowerEndplateDepth) / 2;
  return {
    halfHeight: (d.anteriorBodyHeight + d.posteriorBodyHeight) / 4,
    wedgeSlope: (d.anteriorBodyHeight - d.posteriorBodyHeight) / (2 * depth),
    upperWidth: d.upperEndplateWidth,
    upperDepth: d.upperEndplateDepth,
    lowerWidth: d.lowerEndplateWidth,
    lowerDepth: d.lowerEndplateDepth,
    superiorConcavity: ENDPLATE_SHAPE.superiorConcavity,
    inferiorConcavity: ENDPLATE_SHAPE.inferiorConcavity,
  };
}

/** Full wedge angle of the body between its endplate rim planes, degrees. */
export function bodyWedgeDegrees(shape: BodyShape): number {
  return (2 * Math.atan(shape.wedgeSlope) * 180) / Math.PI;
}

/** Depth of the endplate bowl at (x, z): zero on the ring apophysis, 1 at the centre. */
export function endplateBowl(x: number, z: number, width: number, depth: number): number {
  const ring = ENDPLATE_SHAPE.ringApophysisWidth;
  const u = x / (width / 2 - ring);
  const w = z / (depth / 2 - ring);
  const r2 = u * u + w * w;
  return r2 >= 1 ? 0 : (1 - r2) * (1 - r2);
}

/** Height of the upper endplate surface (the bone, concavity included) above (x, z). */
function upperEndplateY(s: BodyShape, x: number, z: number): number {
  return s.halfHeight + s.wedgeSlope * z - s.superiorConcavity * endplateBowl(x, z, s.upperWidth, s.upperDepth);
}

function lowerEndplateY(s: BodyShape, x: number, z: number): number {
  return -s.halfHeight - s.wedgeSlope * z + s.inferiorConcavity * endplateBowl(x, z, s.lowerWidth, s.lowerDepth);
}

/**
 * Outline of the body cross-section at height y: waisted between the endplates, and kidney-shaped seen from above
 * (rounded in front and at the sides, the posterior wall concave toward the canal).
 */
function bodyOutlineDistance(s: BodyShape, x: number, y: number, z: number): number {
  const t = Math.min(1, Math.max(0, (y + s.halfHeight) / (2 * s.halfHeight)));
  // Flat near the endplates (the rims keep their size), deepest at mid-height.
  const pinch = 1 - BODY_SHAPE.waist * (4 * t * (1 - t)) ** 1.5;
  const halfWidth = ((s.lowerWidth + (s.upperWidth - s.lowerWidth) * t) / 2) * pinch;
  const halfDepth = (s.lowerDepth + (s.upperDepth - s.lowerDepth) * t) / 2;
  if (z >= 0) return sdSuperellipse(x, z, halfWidth, halfDepth * pinch, BODY_SHAPE.anteriorExponent);
  const B = BODY_SHAPE;
  const back = halfDepth * B.posteriorReach;
  // The concave posterior wall: an elliptical bite out of the midline of the canal's front.
  const biteX = halfWidth * B.posteriorDentWidth;
  const biteZ = biteX * B.posteriorDentFlatness;
  const bite = sdEllipse2D(x, z + back + biteZ - B.posteriorDent, biteX, biteZ);
  return smax(sdSuperellipse(x, z, halfWidth, back, B.posteriorRoundness), -bite, B.posteriorDentBlend);
}

export function bodySdf(s: BodyShape): (x: number, y: number, z: number) => number {
  return (x, y, z) => {
    const side = bodyOutlineDistance(s, x, y, z);
    const slab = Math.max(y - upperEndplateY(s, x, z), lowerEndplateY(s, x, z) - y);
    return smax(side, slab, BODY_SHAPE.rimRadius * 2);
  };
}
