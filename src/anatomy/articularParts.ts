/**
 * Bounded SDF parts shared by the vertebrae and the sacrum: generic rods and spheres, and the articular
 * processes whose facet surfaces are the coaxial cylinders of a facet joint frame (facetFrames.ts).
 */
import { POSTERIOR_SHAPE } from './data/shapeDefaults';
import { facetAxisDistance, toJoint, type FacetFrame } from './facetFrames';
import { boundAround, sdEllipse2D, sdRoundBox, sdSphere, sdTaperedCapsule, smax, type BoundedSdf, type Vec3 } from './sdf/primitives';

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
 * The articular process behind a facet: a lobe of bone following the facet cylinder (so the superior process is
 * the concave hook and the inferior one the convex lobe). Its outline in facet coordinates (arc length along t,
 * height along u) is an ellipse reaching a little past the facet margin all round; the bone behind the facet is
 * thickest in the middle and thins toward the rim, so the back of the process is a rounded dome, not a slab.
 */
export function articularBlock(f: FacetFrame, inferiorProcess: boolean): BoundedSdf {
  const S = POSTERIOR_SHAPE;
  const T = S.articularProcessThickness;
  const facetRho = inferiorProcess ? f.radius - f.gap / 2 : f.radius + f.gap / 2;
  // Bone lies inside the facet cylinder for the inferior process, outside it for the superior one.
  const toBone = inferiorProcess ? -1 : 1;
  const hw = f.width / 2 + S.articularMarginWidth;
  const hh = f.height / 2 + S.articularMarginHeight;
  const rim = S.articularRimThickness;
  // The inferior process hangs lower than its facet; the superior one rises above.
  const shift = inferiorProcess ? -1.5 : 1.5;
  // The back face slopes toward the rim by up to this much per mm: divide by its length to keep a distance.
  const slope = Math.sqrt(1 + ((2 * T * (1 - rim)) / S.articularLobeDepth) ** 2);
  return part(
    (x, y, z) => {
      const [a, b, c] = toJoint(f, x, y, z);
      const rho = Math.sqrt(a * a + (c - f.radius) ** 2);
      const arc = Math.atan2(a, f.radius - c) * facetRho;
      const outline = sdEllipse2D(arc, b - shift, hw, hh);
      const depth = Math.min(1, Math.max(0, -outline / S.articularLobeDepth));
      const thickness = T * (rim + (1 - rim) * depth * (2 - depth));
      const w = toBone * (rho - facetRho);
      const shell = Math.max(-w, (w - thickness) / slope);
      return smax(shell, outline, 3);
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
