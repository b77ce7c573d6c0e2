/**
 * The L5 transverse process of a lumbosacral transitional vertebra (Castellvi, §6.1), as a piece of bone in L5's
 * local frame that the scene draws over the normal process: enlarged into a tall paddle (type I, no contact),
 * reaching the sacral ala across a narrow pseudo-joint (type II), or merged into the ala (type III).
 */
import { LSTV_SHAPE } from '../data/pathology';
import { sideSign } from '../facetFrames';
import type { Side } from '../levels';
import type { Bounds } from '../meshData';
import { neutralPose } from '../posture';
import { sacrumSdf } from '../sacrumSdf';
import { sdEllipsoid, sdTaperedCapsule, smax, smin, type Vec3 } from '../sdf/primitives';
import type { Sdf } from '../sdf/surfaceNets';
import { sdfInFrame } from '../sdf/transformSdf';
import { vertebraLayout } from '../vertebraLayout';
import type { TpForm } from './variantChoice';

/** Half-width (side to side) of the enlarged process's lateral mass, mm (D). */
const PADDLE_HALF_WIDTH_MM = 10;

export interface LstvShape {
  sdf: Sdf;
  bounds: Bounds;
}

/** The sacrum's distance field in L5's local frame (neutral posture). */
export function sacrumSdfInL5(): Sdf {
  const pose = neutralPose();
  return sdfInFrame(sacrumSdf(), pose.sacrum.clone().invert().multiply(pose.L5));
}

/** Height (L5 frame) of the sacral ala's surface straight below a point, found by bisection. */
function alaSurfaceBelow(sacrum: Sdf, x: number, z: number, fromY: number): number {
  let above = fromY;
  let below = fromY - 60;
  if (sacrum(x, below, z) > 0) throw new Error(`no sacral ala below (${x.toFixed(1)}, ${z.toFixed(1)})`);
  for (let i = 0; i < 40; i++) {
    const mid = (above + below) / 2;
    if (sacrum(x, mid, z) > 0) above = mid;
    else below = mid;
  }
  return (above + below) / 2;
}

/** Where the enlarged process sits: its lateral mass over the ala, its root on the normal process. */
export function lstvPaddle(side: Side, sacrum: Sdf = sacrumSdfInL5()): { root: Vec3; rootRadius: number; centre: Vec3; alaY: number } {
  const s = vertebraLayout('L5').sides[side];
  const sign = sideSign(side);
  const centre: Vec3 = [s.transverseTip[0] - sign * 7, s.transverseTip[1], s.transverseTip[2] + 2];
  const alaY = alaSurfaceBelow(sacrum, centre[0], centre[2], s.transverseTip[1]);
  return { root: s.transverseRoot, rootRadius: s.transverseRootRadius, centre, alaY };
}

/** The transitional process of one side in the given form, in L5's local frame. */
export function lstvShape(side: Side, form: Exclude<TpForm, 'normal'>): LstvShape {
  const S = LSTV_SHAPE;
  const sacrum = sacrumSdfInL5();
  const { root, rootRadius, centre, alaY } = lstvPaddle(side, sacrum);
  // Types I and II reach down toward or into the ala and are then carved back to their gap; type III stays in it.
  const bottom = form === 'enlarged' ? alaY + S.typeIGap + 2 : alaY - S.fusionDepth;
  const top = Math.max(centre[1] + 6, bottom + S.enlargedHeight);
  const mass: Vec3 = [centre[0], (top + bottom) / 2, centre[2]];
  const radii: Vec3 = [PADDLE_HALF_WIDTH_MM, (top - bottom) / 2, S.enlargedThickness / 2];
  const paddle: Sdf = (x, y, z) =>
    smin(
      sdEllipsoid(x, y, z, mass, radii),
      sdTaperedCapsule(x, y, z, root, [mass[0], mass[1] + 2, mass[2]], rootRadius, radii[2] * 0.9),
      5,
    );
  const gap = form === 'enlarged' ? S.typeIGap : S.pseudoJointGap;
  // A fused process gets a fillet of bone where it meets the ala, so the two read as one.
  const contact: Vec3 = [mass[0], bottom + S.fusionDepth, mass[2]];
  const contactRadii: Vec3 = [radii[0] + 2, S.fusionFillet, radii[2] + 2];
  const sdf: Sdf =
    form === 'fused'
      ? (x, y, z) => smin(paddle(x, y, z), Math.max(sacrum(x, y, z), sdEllipsoid(x, y, z, contact, contactRadii)), S.fusionFillet)
      : (x, y, z) => smax(paddle(x, y, z), gap - sacrum(x, y, z), 0.4);
  const pad = 6;
  return {
    sdf,
    bounds: {
      min: [Math.min(root[0], mass[0] - radii[0]) - pad, bottom - S.fusionFillet - pad, Math.min(root[2], mass[2]) - radii[2] - pad],
      max: [Math.max(root[0], mass[0] + radii[0]) + pad, Math.max(top, root[1] + rootRadius) + pad, Math.max(root[2], mass[2]) + radii[2] + pad],
    },
  };
}

/**
 * The middle of a type II pseudo-joint, in L5's local frame: under the enlarged process's lateral mass, halfway
 * across the gap to the ala. The scene marks it as a joint (it has cartilage, like a synovial joint).
 */
export function pseudoJointCentre(side: Side, sacrum: Sdf = sacrumSdfInL5()): Vec3 {
  const S = LSTV_SHAPE;
  const { centre, alaY } = lstvPaddle(side, sacrum);
  return [centre[0], alaY + S.pseudoJointGap / 2, centre[2]];
}

/** Half-sizes (x, z) of the process's footprint over the ala, mm: the paddle's lateral mass (lstvShape). */
export const PSEUDO_JOINT_HALF_SIZE_MM = [PADDLE_HALF_WIDTH_MM, LSTV_SHAPE.enlargedThickness / 2] as const;
