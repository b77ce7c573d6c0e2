/**
 * Signed-distance field of the sacrum in its local frame (sacrumLayout.ts): S1 body with its endplate, the
 * curved column of fused bodies tapering to the coccygeal end, alae and lateral masses (whose lateral faces carry
 * the auricular surfaces), the spinal canal opening at the hiatus, four pairs of foramina through the dorsal and
 * pelvic surfaces, the median crest, and the S1 superior articular processes meeting L5.
 */
import { articularBlock, connector, facetCut, part, processRoom } from './articularParts';
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { SACRUM_SHAPE, POSTERIOR_SHAPE } from './data/shapeDefaults';
import { ENDPLATE_SHAPE } from './data/vertebrae';
import type { Bounds } from './meshData';
import { dorsalSurfaceV, fromSacralAxis, pelvicSurfaceV, profileAt, sacrumLayout, SACRUM_LENGTH, toSacralAxis } from './sacrumLayout';
import { sdSuperellipse, sdTaperedCapsule, smax, smin, smoothUnion, type BoundedSdf, type Vec3 } from './sdf/primitives';
import { endplateBowl } from './vertebraBody';
import { NEIGHBOUR_CLEARANCE } from './vertebraSdf';

const S = SACRUM_SHAPE;

/** The bony mass of bodies + lateral masses, cut by the endplate / ala top and the apex. */
export function sacrumMainMass(x: number, y: number, z: number): number {
  const { s, v } = toSacralAxis(y, z);
  const sc = Math.min(SACRUM_LENGTH, Math.max(0, s));
  const body = sdSuperellipse(x, v, profileAt(S.bodyHalfWidth, sc), profileAt(S.bodyHalfDepth, sc), 2.4);
  const mass = sdSuperellipse(
    x,
    v - profileAt(S.massOffset, sc),
    profileAt(S.massHalfWidth, sc),
    profileAt(S.massHalfDepth, sc),
    2.2,
  );
  const ax = Math.abs(x);
  const endplate = -ENDPLATE_SHAPE.superiorConcavity * endplateBowl(x, z, SACRUM_DIMENSIONS.upperEndplateWidth, SACRUM_DIMENSIONS.upperEndplateDepth);
  const alaTop = ax < S.alaDropStart ? endplate : Math.min(endplate, -1.5 - (ax - S.alaDropStart) * S.alaDropSlope);
  const top = y - alaTop;
  const apex = s - SACRUM_LENGTH;
  return smax(smax(smin(body, mass, 5), top, 3), apex, 6);
}

function canal(x: number, y: number, z: number): number {
  const { s, v } = toSacralAxis(y, z);
  const sc = Math.min(SACRUM_LENGTH, Math.max(-20, s));
  const hd = profileAt(S.canalHalfDepth, sc);
  const centre = -profileAt(S.bodyHalfDepth, sc) - hd - 1;
  const dv = sc > S.hiatusStart ? Math.max(0, v - centre) : v - centre;
  return sdSuperellipse(x, dv, profileAt(S.canalHalfWidth, sc), hd, 1.8);
}

function foramina(): BoundedSdf[] {
  return S.foramina.flatMap((f) =>
    [1, -1].map((sign) => {
      const pelvic = fromSacralAxis(sign * f.pelvicHalfSpan, f.at, pelvicSurfaceV(f.at) + 4);
      const dorsal = fromSacralAxis(sign * f.dorsalHalfSpan, f.at, dorsalSurfaceV(f.at) - 4);
      return part((x, y, z) => sdTaperedCapsule(x, y, z, pelvic, dorsal, f.pelvicRadius, f.dorsalRadius), [pelvic, dorsal], f.pelvicRadius);
    }),
  );
}

export function sacrumSdf(): (x: number, y: number, z: number) => number {
  const layout = sacrumLayout();
  const side = layout.sides.left;
  const crest = layout.medianCrest;
  const crestParts = crest.slice(1).map((p, i) => connector(crest[i]!, p, S.medianCrestRadius, S.medianCrestRadius * 0.85));
  const additions = smoothUnion(
    [
      articularBlock(side.facet, false),
      connector(side.facetRoot, [side.facet.centre[0] - 2, -10, side.facet.centre[2] + 4], 6, 8),
      ...crestParts,
    ],
    POSTERIOR_SHAPE.blend,
  );
  const holes = smoothUnion(foramina(), 1);
  const cut = facetCut(side.facet, true);
  const l5IapRoom = processRoom(side.facet, true, NEIGHBOUR_CLEARANCE);
  return (x, y, z) => {
    const ax = Math.abs(x);
    const solid = smin(sacrumMainMass(ax, y, z), additions(ax, y, z), POSTERIOR_SHAPE.blend);
    // Holes and cuts only remove material: well outside the bone they cannot matter.
    if (solid > 2) return solid;
    const hollow = smax(solid, -canal(ax, y, z), 1.5);
    const carved = Math.max(smax(hollow, -holes(ax, y, z), 1), -cut(ax, y, z));
    return smax(carved, -l5IapRoom(ax, y, z), 1);
  };
}

export function sacrumBounds(): Bounds {
  const tip: Vec3 = fromSacralAxis(0, SACRUM_LENGTH, 0);
  const halfX = S.massHalfWidth[0]![1] + 4;
  return { min: [-halfX, tip[1] - 12, -60], max: [halfX, 26, Math.max(tip[2], 0) + 26] };
}
