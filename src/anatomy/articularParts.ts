/**
 * Bounded SDF parts shared by the vertebrae and the sacrum: generic rods and spheres, and the articular
 * processes whose facet surfaces are the coaxial cylinders of a facet joint frame (facetFrames.ts).
 */
import { POSTERIOR_SHAPE } from './data/shapeDefaults';
import { facetAxisDistance, toJoint, type FacetFrame } from './facetFrames';
import { boundAround, sdRoundBox, sdSphere, sdTaperedCapsule, type BoundedSdf, type Vec3 } from './sdf/primitives';

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
 * The articular process behind a facet: a rounded block in joint coordinates, on the upper bone's side of the
 * joint (inferior articular process) or the lower bone's side (superior articular process).
 */
export function articularBlock(f: FacetFrame, inferiorProcess: boolean): BoundedSdf {
  const T = POSTERIOR_SHAPE.articularProcessThickness;
  const sign = inferiorProcess ? 1 : -1;
  const centreN = sign * (f.gap / 2 + T / 2 - 1);
  const hw = f.width / 2 + 0.5;
  const hh = f.height / 2 + 1.5;
  const hn = T / 2 + 1.5;
  return part(
    (x, y, z) => {
      const [a, b, c] = toJoint(f, x, y, z);
      return sdRoundBox(a, b + 1, c - centreN, hw, hh, hn, 2.5);
    },
    [f.centre],
    Math.hypot(hw, hh + 1, hn) + Math.abs(centreN),
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
