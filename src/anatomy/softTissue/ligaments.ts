import type { Landmarks, Vec3 } from '../landmarks';
import { segmentLevels, VERTEBRAE, type Segment, type Side, type Vertebra } from '../levels';
import type { BoneId } from '../posture';
import { mergeBoundMeshes, type BoundMesh } from './boundMesh';
import { LIGAMENT_SIZES as L } from './dimensions';
import { sweep, type SweepStation } from './sweep';
import { add, distance, lerp, normalize, scale, sub } from './vec3';

/** Gap between a ligament's inner face and the bone it lies on, so the surfaces do not flicker. */
const CLEARANCE = 0.5;
const LEFT: Vec3 = [1, 0, 0];
const POSTERIOR: Vec3 = [0, 0, -1];
/** The iliolumbar bands are flat, broad seen from behind. */
const UP: Vec3 = [0, 1, 0];

/** Moves a surface point outward (along `direction`) so a band of the given thickness lies on it. */
const onSurface = (point: Vec3, direction: Vec3, thickness: number): Vec3 =>
  add(point, scale(normalize(direction), thickness / 2 + CLEARANCE));

function lowerBone(segment: Segment): { bone: BoneId; vertebra: Vertebra | null } {
  const lower = segmentLevels(segment)[1];
  return lower === 'S1' ? { bone: 'sacrum', vertebra: null } : { bone: lower, vertebra: lower };
}

/** A sheet spanning the gap between an upper and a lower edge point, which it overlaps by `overlap`. */
function bridge(upperPoint: Vec3, lowerPoint: Vec3, thickness: number, overlap: number, upper: BoneId, lower: BoneId): SweepStation {
  return {
    at: lerp(upperPoint, lowerPoint, 0.5),
    width: distance(upperPoint, lowerPoint) + 2 * overlap,
    thickness,
    across: sub(upperPoint, lowerPoint),
    follows: { minus: lower, plus: upper },
  };
}

/**
 * Lateral end of the S1 lamina's upper edge. Landmarks give only its midline point, so it is taken at the
 * midline point's height and depth, as far out as L5's lamina ends above it.
 */
function sacralLaminaUpperLateral(a: Landmarks, side: Side): Vec3 {
  const [, y, z] = a.sacrum.laminaUpperMidline;
  return [a.vertebrae.L5.sides[side].laminaLowerLateral[0], y, z];
}

/** Ligamentum flavum: from one facet capsule's front, across the back of the canal, to the other. */
export function buildLigamentumFlavum(a: Landmarks, segment: Segment): BoundMesh {
  const upper = segmentLevels(segment)[0] as Vertebra;
  const { bone: lower, vertebra } = lowerBone(segment);
  const above = a.vertebrae[upper];
  const lowerLateral = (side: Side) => (vertebra ? a.vertebrae[vertebra].sides[side].laminaUpperLateral : sacralLaminaUpperLateral(a, side));
  const lowerMidline = vertebra ? a.vertebrae[vertebra].laminaUpperMidline : a.sacrum.laminaUpperMidline;
  const station = (upperPoint: Vec3, lowerPoint: Vec3) =>
    bridge(upperPoint, lowerPoint, L.flavumThickness[segment], L.flavumLaminaOverlap, upper, lower);
  const lateral = (side: Side) => station(above.sides[side].laminaLowerLateral, lowerLateral(side));
  const midline = station(above.laminaLowerMidline, lowerMidline);
  const halfway = (side: Side) => ({ ...lateral(side), at: lerp(lateral(side).at, midline.at, 0.5) });
  return sweep([lateral('left'), halfway('left'), midline, halfway('right'), lateral('right')], { samplesPerSpan: 5, sides: 12 });
}

/** Interspinous ligament: fills the gap between neighbouring spinous processes, base to tip. */
export function buildInterspinousLigament(a: Landmarks, segment: Segment): BoundMesh {
  const upper = segmentLevels(segment)[0] as Vertebra;
  const { bone: lower, vertebra } = lowerBone(segment);
  const above = a.vertebrae[upper];
  const [baseBelow, tipBelow] = vertebra
    ? [a.vertebrae[vertebra].spinousBaseUpper, a.vertebrae[vertebra].spinousTipUpper]
    : [a.sacrum.laminaUpperMidline, a.sacrum.medianCrest[0]!];
  const station = (upperPoint: Vec3, lowerPoint: Vec3) => bridge(upperPoint, lowerPoint, L.interspinousThickness, 2, upper, lower);
  return sweep([station(above.spinousBaseLower, baseBelow), station(above.spinousTipLower, tipBelow)], { samplesPerSpan: 4, sides: 12 });
}

/** Supraspinous ligament: a cord over the spinous tips from L1 down to the median sacral crest. */
export function buildSupraspinousLigament(a: Landmarks): BoundMesh {
  const cord = (point: Vec3, follows: BoneId): SweepStation => ({
    at: onSurface(point, POSTERIOR, L.supraspinousThickness),
    width: L.supraspinousWidth,
    thickness: L.supraspinousThickness,
    across: LEFT,
    follows,
  });
  const stations = VERTEBRAE.flatMap((v) => [cord(a.vertebrae[v].spinousTipUpper, v), cord(a.vertebrae[v].spinousTipLower, v)]);
  stations.push(...a.sacrum.medianCrest.slice(0, 2).map((p) => cord(p, 'sacrum')));
  return sweep(stations, { samplesPerSpan: 4, sides: 10 });
}

/**
 * Iliac-crest insertions of the two iliolumbar bands: the posterior band at the crest point nearest the L5
 * transverse-process tip (the landmark), the anterior band at the next crest point forward along the crest.
 */
export function iliolumbarInsertions(a: Landmarks, side: Side): { anterior: Vec3; posterior: Vec3 } {
  const { crest, iliolumbarInsertion } = a.ilia[side];
  const index = crest.findIndex((p) => distance(p, iliolumbarInsertion) < 1e-9);
  return { anterior: crest[index + 1] ?? iliolumbarInsertion, posterior: iliolumbarInsertion };
}

/**
 * Iliolumbar ligament: anterior and posterior flat bands from the L5 transverse-process tip to the iliac crest;
 * `thickness` scales both bands (a transitional vertebra's side is thinner).
 */
export function buildIliolumbarLigament(a: Landmarks, side: Side, thickness = 1): BoundMesh {
  const tip = a.vertebrae.L5.sides[side].transverseTip;
  const insertion = iliolumbarInsertions(a, side);
  const ilium: BoneId = `ilium-${side}`;
  const bandTo = (crest: Vec3, width: number, bandThickness: number) =>
    sweep(
      [
        { at: tip, width: width * thickness, thickness: bandThickness * thickness, across: UP, follows: 'L5' },
        { at: crest, width: width * thickness, thickness: bandThickness * thickness, across: UP, follows: ilium },
      ],
      { samplesPerSpan: 6, sides: 10 },
    );
  return mergeBoundMeshes([
    bandTo(insertion.anterior, L.iliolumbarAnteriorWidth, L.iliolumbarAnteriorThickness),
    bandTo(insertion.posterior, L.iliolumbarPosteriorWidth, L.iliolumbarPosteriorThickness),
  ]);
}
