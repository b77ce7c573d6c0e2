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
    bridge(upperPoint, lowerPoint, L.flavumThickness, L.flavumLaminaOverlap, upper, lower);
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
 * A longitudinal band down the bodies and discs: each body's endplate edges carry it rigidly, the disc
 * stations move half with each bone. `side` picks the front (anterior ligament) or back (posterior ligament).
 */
function longitudinalBand(a: Landmarks, side: 'front' | 'back', widthAtBody: number, widthAtDisc: number, thickness: number): BoundMesh {
  const stations: SweepStation[] = [];
  const band = (point: Vec3, outward: Vec3, width: number, follows: SweepStation['follows']): SweepStation => ({
    at: onSurface(point, outward, thickness),
    width,
    thickness,
    across: LEFT,
    follows,
  });
  const edges = (v: Vertebra) => {
    const b = a.vertebrae[v];
    return side === 'front'
      ? { upper: b.upperEndplate.anterior, lower: b.lowerEndplate.anterior, outUpper: sub(b.upperEndplate.anterior, b.upperEndplate.posterior), outLower: sub(b.lowerEndplate.anterior, b.lowerEndplate.posterior) }
      : { upper: b.upperEndplate.posterior, lower: b.lowerEndplate.posterior, outUpper: sub(b.upperEndplate.posterior, b.upperEndplate.anterior), outLower: sub(b.lowerEndplate.posterior, b.lowerEndplate.anterior) };
  };
  const sacrumTop = side === 'front' ? a.sacrum.upperEndplate.anterior : a.sacrum.upperEndplate.posterior;
  const sacrumOut = side === 'front' ? sub(a.sacrum.upperEndplate.anterior, a.sacrum.upperEndplate.posterior) : sub(a.sacrum.upperEndplate.posterior, a.sacrum.upperEndplate.anterior);
  VERTEBRAE.forEach((v, i) => {
    const e = edges(v);
    const next = VERTEBRAE[i + 1];
    const lowerTop = next ? edges(next).upper : sacrumTop;
    const lowerOut = next ? edges(next).outUpper : sacrumOut;
    stations.push(
      band(e.upper, e.outUpper, widthAtBody, v),
      band(lerp(e.upper, e.lower, 0.5), lerp(e.outUpper, e.outLower, 0.5), widthAtBody, v),
      band(e.lower, e.outLower, widthAtBody, v),
      band(lerp(e.lower, lowerTop, 0.5), lerp(e.outLower, lowerOut, 0.5), widthAtDisc, { minus: next ?? 'sacrum', plus: v, plusWeight: 0.5 }),
    );
  });
  stations.push(band(sacrumTop, sacrumOut, widthAtBody, 'sacrum'));
  if (side === 'front') stations.push(band(a.sacrum.anteriorS2, sacrumOut, widthAtBody, 'sacrum'));
  return sweep(stations, { samplesPerSpan: 3, sides: 16 });
}

export function buildAnteriorLongitudinalLigament(a: Landmarks): BoundMesh {
  return longitudinalBand(a, 'front', L.anteriorLongitudinalWidth, L.anteriorLongitudinalWidth, L.anteriorLongitudinalThickness);
}

export function buildPosteriorLongitudinalLigament(a: Landmarks): BoundMesh {
  return longitudinalBand(a, 'back', L.posteriorLongitudinalWidthAtBody, L.posteriorLongitudinalWidthAtDisc, L.posteriorLongitudinalThickness);
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
 * Iliolumbar ligament: anterior and posterior bands from the L5 transverse-process tip to the iliac crest;
 * `thickness` scales both bands (a transitional vertebra's side is thinner).
 */
export function buildIliolumbarLigament(a: Landmarks, side: Side, thickness = 1): BoundMesh {
  const tip = a.vertebrae.L5.sides[side].transverseTip;
  const insertion = iliolumbarInsertions(a, side);
  const ilium: BoneId = `ilium-${side}`;
  const bandTo = (crest: Vec3, width: number, bandThickness: number) =>
    sweep(
      [
        { at: tip, width: width * thickness, thickness: bandThickness * thickness, follows: 'L5' },
        { at: crest, width: width * thickness, thickness: bandThickness * thickness, follows: ilium },
      ],
      { samplesPerSpan: 8, sides: 12 },
    );
  return mergeBoundMeshes([
    bandTo(insertion.anterior, L.iliolumbarAnteriorWidth, L.iliolumbarAnteriorThickness),
    bandTo(insertion.posterior, L.iliolumbarPosteriorWidth, L.iliolumbarPosteriorThickness),
  ]);
}
