/**
 * A degenerated facet joint (Weishaupt grades 1-3, §7.1 and §12.6), built in the joint's own frame
 * (facetFrames.ts) so it fits whatever shape the normal bone has:
 * - each articular process grows (hypertrophy) and its facet moves into the joint until the bone-to-bone space
 *   is the grade's joint space;
 * - marginal osteophytes: a lip of bone round the facet rim that runs out into pointed spurs (beaks) where
 *   lipping is largest, reaching the grade's size beyond the normal bone;
 * - grade 3: a subchondral cyst under the superior process's facet.
 * Pieces of bone are closed fields in the bone's local frame; the scene draws them over the normal process.
 */
import { articularBlock } from '../articularParts';
import { DEGENERATION_SHAPE } from '../data/pathology';
import { POSTERIOR_SHAPE } from '../data/shapeDefaults';
import type { FacetSegment } from '../data/facets';
import { facetFrameInLowerBone, facetFrameInUpperBone, fromJoint, toJoint, type FacetFrame } from '../facetFrames';
import type { Side } from '../levels';
import type { Bounds } from '../meshData';
import { sdEllipsoid, smin, type Vec3 } from '../sdf/primitives';
import type { Sdf } from '../sdf/surfaceNets';
import type { DegeneratedGrade } from './variantStructures';

/** The inferior articular process belongs to the joint's upper bone, the superior one to its lower bone. */
export type ArticularProcess = 'inferior' | 'superior';

export interface FieldShape {
  sdf: Sdf;
  bounds: Bounds;
}

/** The joint frame, in the process's own bone, with the grade's narrowed joint space. */
export function degeneratedFrame(segment: FacetSegment, side: Side, process: ArticularProcess, grade: DegeneratedGrade): FacetFrame {
  const frame = process === 'inferior' ? facetFrameInUpperBone(segment, side) : facetFrameInLowerBone(segment, side);
  return { ...frame, gap: DEGENERATION_SHAPE[grade].jointSpace };
}

/**
 * Where the spurs point, as angles round the facet rim (0 = +t, posterolateral; π/2 = up) and their share of
 * the largest spur (D): on the superior process toward the foramen and lateral recess (anteromedial) and up;
 * on the inferior process into the canal (medial) and down.
 */
const BEAKS: Record<ArticularProcess, readonly { angle: number; share: number }[]> = {
  superior: [
    { angle: Math.PI, share: 1 },
    { angle: Math.PI / 2, share: 0.85 },
    { angle: -Math.PI / 2, share: 0.6 },
    { angle: 0.2, share: 0.7 },
  ],
  inferior: [
    { angle: -Math.PI / 2, share: 1 },
    { angle: Math.PI * 0.85, share: 0.85 },
    { angle: 0, share: 0.6 },
    { angle: Math.PI / 2, share: 0.5 },
  ],
};
/** Angular half-width of a beak, radians (D). */
const BEAK_WIDTH = 0.38;
/**
 * The rod's rounded tip and the normal bone's own margin past the facet rim together add about this much
 * (measured on the meshes) to a spur's reach, so the rod is shortened by it to reach the grade's size.
 */
const REACH_ALLOWANCE = 1;

/** Osteophyte reach (mm beyond the rim) at an angle round the rim: a low lip everywhere, spurs at the beaks. */
export function osteophyteReach(process: ArticularProcess, grade: DegeneratedGrade, angle: number): number {
  return reachTable(process, grade)[Math.round(((angle + Math.PI) / (2 * Math.PI)) * REACH_BINS) % REACH_BINS]!;
}

/** Reach sampled round the rim once per process and grade: the fields ask for it millions of times. */
const REACH_BINS = 720;
const reachTables = new Map<string, Float64Array>();
function reachTable(process: ArticularProcess, grade: DegeneratedGrade): Float64Array {
  const key = `${process}-${grade}`;
  let table = reachTables.get(key);
  if (!table) {
    table = new Float64Array(REACH_BINS).map((_, i) => reachAt(process, grade, (i / REACH_BINS) * 2 * Math.PI - Math.PI));
    reachTables.set(key, table);
  }
  return table;
}

function reachAt(process: ArticularProcess, grade: DegeneratedGrade, angle: number): number {
  const [small, large] = DEGENERATION_SHAPE[grade].osteophyte;
  let beak = 0;
  for (const { angle: at, share } of BEAKS[process]) {
    const d = Math.atan2(Math.sin(angle - at), Math.cos(angle - at));
    beak = Math.max(beak, share * Math.exp(-((d / BEAK_WIDTH) ** 2)));
  }
  return small * 0.6 + (large - small * 0.6) * beak;
}

/** Joint coordinates of a point relative to one process's facet: arc and height on the facet, depth into bone. */
function facetCoordinates(f: FacetFrame, process: ArticularProcess, x: number, y: number, z: number) {
  const [a, b, c] = toJoint(f, x, y, z);
  const facetRho = process === 'inferior' ? f.radius - f.gap / 2 : f.radius + f.gap / 2;
  const rho = Math.sqrt(a * a + (c - f.radius) ** 2);
  return {
    arc: Math.atan2(a, f.radius - c) * facetRho,
    height: b,
    rho,
    /** Depth below the facet surface into this process's bone (negative in the joint). */
    depth: process === 'inferior' ? facetRho - rho : rho - facetRho,
    /** Signed distance to this process's side of the joint's mid-surface (positive across it). */
    pastMid: process === 'inferior' ? rho - f.radius : f.radius - rho,
  };
}

/** The articular process with hypertrophy, its facet surface kept exactly on the narrowed joint's cylinder. */
function hypertrophicProcess(f: FacetFrame, process: ArticularProcess, grade: DegeneratedGrade): Sdf {
  const growth = DEGENERATION_SHAPE[grade].hypertrophy * POSTERIOR_SHAPE.articularProcessThickness;
  const block = articularBlock(f, process === 'inferior').sdf;
  return (x, y, z) => Math.max(block(x, y, z) - growth, -facetCoordinates(f, process, x, y, z).depth);
}

/** The marginal lip with its spurs: in each rim direction a tapered rod from inside the bone out past the rim. */
function marginalOsteophytes(f: FacetFrame, process: ArticularProcess, grade: DegeneratedGrade): Sdf {
  // The normal block reaches about this far past the facet margin (articularBlock), so reach counts from there.
  const halfArc = f.width / 2 + 1;
  const halfHeight = f.height / 2 + 2;
  const shift = process === 'inferior' ? -1.5 : 1.5;
  return (x, y, z) => {
    const q = facetCoordinates(f, process, x, y, z);
    const nx = q.arc / halfArc;
    const ny = (q.height - shift) / halfHeight;
    const angle = Math.atan2(ny, nx);
    const rimRadius = Math.sqrt((Math.cos(angle) * halfArc) ** 2 + (Math.sin(angle) * halfHeight) ** 2);
    const beyond = (Math.sqrt(nx * nx + ny * ny) - 1) * rimRadius;
    const reach = osteophyteReach(process, grade, angle);
    // The rod in the (beyond-rim, depth) plane: rooted 2 mm inside the rim and 3 mm deep, its tip flush with the
    // joint's mid-surface side of the facet so the spur extends the joint surface outward (lipping).
    const tipDepth = -(f.gap / 2 - 0.25);
    const dx = 2 + reach - REACH_ALLOWANCE;
    const dy = tipDepth - 3;
    const t = Math.min(1, Math.max(0, ((beyond + 2) * dx + (q.depth - 3) * dy) / (dx * dx + dy * dy)));
    const radius = 0.9 + 0.25 * reach + (0.45 - 0.9 - 0.25 * reach) * t;
    const rod = Math.sqrt((beyond + 2 - dx * t) ** 2 + (q.depth - 3 - dy * t) ** 2) - radius;
    return Math.max(rod, q.pastMid + 0.25);
  };
}

/** A box in joint coordinates round the process, its osteophytes and the facet's curvature, as world-axis bounds. */
function processBounds(f: FacetFrame, grade: DegeneratedGrade): Bounds {
  const reach = DEGENERATION_SHAPE[grade].osteophyte[1] + 2;
  const halfArc = f.width / 2 + 1 + reach;
  const halfHeight = f.height / 2 + 4 + reach;
  const sag = f.radius - Math.sqrt(Math.max(0, f.radius ** 2 - halfArc ** 2));
  const across = POSTERIOR_SHAPE.articularProcessThickness * (1 + DEGENERATION_SHAPE[grade].hypertrophy) + f.gap + 3 + sag;
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const a of [-halfArc, halfArc])
    for (const b of [-halfHeight, halfHeight])
      for (const c of [-across, across]) {
        const p = fromJoint(f, a, b, c);
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(min[k]!, p[k]!);
          max[k] = Math.max(max[k]!, p[k]!);
        }
      }
  return { min, max };
}

/** The osteophytes alone (for measuring their reach). */
export function osteophyteShape(segment: FacetSegment, side: Side, process: ArticularProcess, grade: DegeneratedGrade): FieldShape {
  const f = degeneratedFrame(segment, side, process, grade);
  return { sdf: marginalOsteophytes(f, process, grade), bounds: processBounds(f, grade) };
}

/** The degenerated articular process: hypertrophy blended with the marginal osteophytes. */
export function degeneratedProcessShape(segment: FacetSegment, side: Side, process: ArticularProcess, grade: DegeneratedGrade): FieldShape {
  const f = degeneratedFrame(segment, side, process, grade);
  const grown = hypertrophicProcess(f, process, grade);
  const lip = marginalOsteophytes(f, process, grade);
  return { sdf: (x, y, z) => smin(grown(x, y, z), lip(x, y, z), 1.2), bounds: processBounds(f, grade) };
}

/** Grade 3's subchondral cyst: a small ellipsoid just under the superior process's facet (lower bone's frame). */
export function subchondralCystShape(segment: FacetSegment, side: Side): FieldShape {
  const f = degeneratedFrame(segment, side, 'superior', 3);
  const r = DEGENERATION_SHAPE[3].cyst / 2;
  const facetRho = f.radius + f.gap / 2;
  const rho = facetRho + 1 + r;
  const psi = (0.15 * f.width) / facetRho;
  const centre = fromJoint(f, rho * Math.sin(psi), -0.1 * f.height, f.radius - rho * Math.cos(psi));
  const radii: Vec3 = [r, r * 1.15, r];
  const pad = r * 1.15 + 1;
  return {
    sdf: (x, y, z) => sdEllipsoid(x, y, z, centre, radii),
    bounds: { min: centre.map((c) => c - pad) as Vec3, max: centre.map((c) => c + pad) as Vec3 },
  };
}
