/**
 * Bounded SDF parts shared by the vertebrae and the sacrum: generic rods and spheres, and the articular
 * processes whose facet surfaces are the coaxial cylinders of a facet joint frame (facetFrames.ts).
 */
import { POSTERIOR_SHAPE } from './data/shapeDefaults';
import { facetAxisDistance, toJoint, type FacetFrame } from './facetFrames';
import { boundAround, sdRoundBox, sdSphere, sdTaperedCapsule, smax, type BoundedSdf, type Vec3 } from './sdf/primitives';

export function part(sdf: BoundedSdf['sdf'], points: readonly Vec3[], pad: number): BoundedSdf {
  return { sdf, ...boundAround(points, pad) };
}

export function connector(a: Vec3, b: Vec3, ra: number, rb: number): BoundedSdf {
  return part((x, y, z) => sdTaperedCapsule(x, y, z, a, b, ra, rb), [a, b], Math.max(ra, rb));
}

export function sphere(c: Vec3, r: number): BoundedSdf {
  return part((x, y, z) => sdSphere(x, y, z, c, r), [c], r);
}

/**
 * The articular process behind a facet: a curved shell of bone following the facet cylinder (so the superior
 * process is the concave hook and the inferior one the convex lobe), bounded by a rounded outline in facet
 * coordinates (arc length along t, height along u). It reaches a little past the facet margin all round.
 */
export function articularBlock(f: FacetFrame, inferiorProcess: boolean): BoundedSdf {
  const T = POSTERIOR_SHAPE.articularProcessThickness;
  const facetRho = inferiorProcess ? f.radius - f.gap / 2 : f.radius + f.gap / 2;
  const midRho = facetRho + (inferiorProcess ? -T / 2 : T / 2);
  const hw = f.width / 2 + 1;
  const hh = f.height / 2 + 2;
  const round = Math.min(hw, hh) * 0.6;
  // The inferior process hangs lower than its facet; the superior one rises above.
  const shift = inferiorProcess ? -1.5 : 1.5;
  return part(
    (x, y, z) => {
      const [a, b, c] = toJoint(f, x, y, z);
      const rho = Math.sqrt(a * a + (c - f.radius) ** 2);
      const arc = Math.atan2(a, f.radius - c) * facetRho;
      const shell = Math.abs(rho - midRho) - T / 2;
      const qa = Math.abs(arc) - hw + round;
      const qb = Math.abs(b - shift) - hh + round;
      const outline = Math.sqrt(Math.max(qa, 0) ** 2 + Math.max(qb, 0) ** 2) + Math.min(Math.max(qa, qb), 0) - round;
      return smax(shell, outline, 2.5);
    },
    [f.centre],
    Math.sqrt(hw * hw + (hh + 2) ** 2) + T + f.gap,
  );
}

/**
 * Keeps a facet surface clean after the smooth blends: the region on the joint side of this bone's facet
 * cylinder, within a box around the joint. A bone subtracts it (max(d, -cut)).
 */
export function facetCut(f: FacetFrame, superiorFacet: boolean): (x: number, y: number, z: number) => number {
  const hw = f.width / 2 + 3;
  const hh = f.height / 2 + 4;
  const reach = f.gap / 2 + 3;
  return (x, y, z) => {
    const [a, b, c] = toJoint(f, x, y, z);
    const region = sdRoundBox(a, b, c, hw, hh, reach, 1);
    const rho = facetAxisDistance(f, a, c);
    const jointSide = superiorFacet ? rho - (f.radius + f.gap / 2) : f.radius - f.gap / 2 - rho;
    return Math.max(region, jointSide);
  };
}

/**
 * The room a neighbouring bone leaves for an articular process, negative inside it: `clearance` around the
 * whole process, and a further tip room around its free end (from a little beyond the facet margin), so the
 * tip meets the bone across only after a narrowing disc lets it slide down (or up) that far.
 */
export function processRoom(
  f: FacetFrame,
  inferiorProcess: boolean,
  clearance: number,
): (x: number, y: number, z: number) => number {
  const { articularTipRoom: room, articularTipStart: start } = POSTERIOR_SHAPE;
  const block = articularBlock(f, inferiorProcess).sdf;
  const towardTip = inferiorProcess ? -1 : 1;
  const freeEnd = f.height / 2 + start;
  return (x, y, z) => {
    const process = block(x, y, z);
    const tipZone = Math.max(process, freeEnd - towardTip * toJoint(f, x, y, z)[1]);
    return Math.min(process - clearance, tipZone - clearance - room);
  };
}
