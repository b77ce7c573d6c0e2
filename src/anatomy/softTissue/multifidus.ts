import type { Landmarks, Vec3 } from '../landmarks';
import { VERTEBRAE, type Side } from '../levels';
import type { BoneId } from '../posture';
import { mergeBoundMeshes, type BoundMesh } from './boundMesh';
import { MULTIFIDUS_SIZES as M } from './dimensions';
import { sweep } from './sweep';
import { add, lerp, scale } from './vec3';

/**
 * Multifidus, one side: from each lumbar spinous process and lamina, fascicles descend 2–5 segments to the
 * mammillary processes below, the dorsal sacrum and the PSIS (Macintosh & Bogduk 1986, lumbar-reference §10,
 * M). All fascicles of a side are merged into one mesh. Offsets are drawing choices in mm.
 */
const SIDE_SIGN: Record<Side, number> = { left: 1, right: -1 };
const POSTERIOR: Vec3 = [0, 0, -1];
const LEFT: Vec3 = [1, 0, 0];
/** The belly bows backward over the laminae and facets between its ends. */
const BELLY_BOW = 8;

interface Attachment {
  at: Vec3;
  bone: BoneId;
}

/** Insertion points in cranio-caudal order: mammillary processes L1–L5, then dorsal sacrum, then the PSIS. */
function insertions(a: Landmarks, side: Side): Attachment[] {
  const sacrum = a.sacrum;
  const foramina = sacrum.sides[side].dorsalForamina;
  const sacral = (k: number): Attachment => ({
    at: lerp(sacrum.medianCrest[Math.min(k, sacrum.medianCrest.length - 1)]!, foramina[Math.min(k, foramina.length - 1)]!, 0.5),
    bone: 'sacrum',
  });
  return [
    ...VERTEBRAE.map((v) => ({ at: a.vertebrae[v].sides[side].mammillary, bone: v })),
    sacral(1),
    sacral(2),
    { at: a.ilia[side].psis, bone: `ilium-${side}` as BoneId },
  ];
}

export function buildMultifidus(a: Landmarks, side: Side): BoundMesh {
  const targets = insertions(a, side);
  const lateral = scale(LEFT, SIDE_SIGN[side] * (M.fascicleThickness / 2 + 1));
  const fascicles: BoundMesh[] = [];
  VERTEBRAE.forEach((v, i) => {
    const spinous = a.vertebrae[v];
    const origin = add(lerp(spinous.spinousBaseLower, spinous.spinousTipLower, 0.35), lateral);
    for (let span = M.shortestSpan; span <= M.longestSpan; span++) {
      const target = targets[i + span];
      if (!target) break;
      const insertion = add(target.at, scale(POSTERIOR, M.fascicleThickness / 2));
      const belly = add(lerp(origin, insertion, 0.5), scale(POSTERIOR, BELLY_BOW));
      const section = { width: M.fascicleWidth, thickness: M.fascicleThickness, across: LEFT };
      fascicles.push(
        sweep(
          [
            { at: origin, ...section, width: M.fascicleWidth * 0.6, follows: v },
            { at: belly, ...section, follows: { minus: target.bone, plus: v, plusWeight: 0.5 } },
            { at: insertion, ...section, width: M.fascicleWidth * 0.6, follows: target.bone },
          ],
          { samplesPerSpan: 6, sides: 10 },
        ),
      );
    }
  });
  return mergeBoundMeshes(fascicles);
}
