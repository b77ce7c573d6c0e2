import type { Landmarks, Vec3 } from '../landmarks';
import { VERTEBRAE, type Segment, type Side, type Vertebra } from '../levels';
import type { BoneId } from '../posture';
import { mergeBoundMeshes, type BoundMesh } from './boundMesh';
import { clearOfBone } from './clearOfBone';
import { NERVE_SIZES as N } from './dimensions';
import { sweep, type SweepStation } from './sweep';
import { add, lerp, normalize, scale } from './vec3';

/**
 * Course of the lumbar spinal nerves and of the medial branches that supply the facet joints
 * (lumbar-reference §8.1, S: Bogduk 1982; Demondion et al. 2005). Offsets below are drawing choices in mm.
 */
const SIDE_SIGN: Record<Side, number> = { left: 1, right: -1 };
/**
 * The ventral ramus leaves the foramen laterally, then turns antero-inferiorly toward psoas (directions before
 * the side sign on x).
 */
const VENTRAL_EXIT: Vec3 = [0.8, -0.35, 0.45];
const VENTRAL_COURSE: Vec3 = [0.45, -0.8, 0.4];
/** Where the dorsal ramus leaves the spinal nerve, just outside the foramen (mm along its exit). */
const DORSAL_RAMUS_ORIGIN = 5;
/** Nerves lie on bone: lift their centre line off a bony landmark by this much plus their radius. */
const BONE_CLEARANCE = 0.3;
/** Facet capsules lie about this far behind the joint-space centre. */
const CAPSULE_DEPTH = 5;
/** The articular twig bows this far behind the straight line to its capsule, round the articular processes (mm). */
const TWIG_BEHIND = 4;
const ONTO_BONE: Vec3 = normalize([0, 1, -1]);
const POSTERIOR: Vec3 = [0, 0, -1];

export interface NerveRoute {
  /** Ventral ramus from the foramen outward; dorsal ramus back to the transverse process below. */
  ventral: SweepStation[];
  dorsal: SweepStation[];
}

export interface MedialBranchRoute {
  /** Across the TP–SAP junction below, under the mammillo-accessory ligament, down to the joint below. */
  main: SweepStation[];
  /** Articular twig up to the facet joint at the nerve's own level. */
  ascendingTwig: SweepStation[];
}

function vertebraBelow(v: Vertebra): Vertebra | null {
  return VERTEBRAE[VERTEBRAE.indexOf(v) + 1] ?? null;
}

function segmentBelow(v: Vertebra): Segment {
  return `${v}-${vertebraBelow(v) ?? 'S1'}` as Segment;
}

const lift = (point: Vec3, diameter: number): Vec3 => add(point, scale(ONTO_BONE, diameter / 2 + BONE_CLEARANCE));

const tube = (at: Vec3, diameter: number, follows: SweepStation['follows']): SweepStation => ({
  at,
  width: diameter,
  thickness: diameter,
  follows,
});

/** Where the medial branch crosses bone below the nerve's foramen: the TP–SAP junction, or for L5 the ala–SAP groove. */
export function medialBranchTarget(a: Landmarks, v: Vertebra, side: Side): Vec3 {
  const below = vertebraBelow(v);
  return below ? a.vertebrae[below].sides[side].tpSapJunction : a.sacrum.sides[side].alaFacetGroove;
}

function dorsalRamusEnd(a: Landmarks, v: Vertebra, side: Side): Vec3 {
  const target = medialBranchTarget(a, v, side);
  // Just above the crossing, so that the medial branch turns down from the ramus without a hook.
  return add(lift(target, N.dorsalRamus), [0, 4, 0]);
}

export function spinalNerveRoute(a: Landmarks, v: Vertebra, side: Side): NerveRoute {
  const foramen = a.vertebrae[v].sides[side].foramenBelow;
  const lower: BoneId = vertebraBelow(v) ?? 'sacrum';
  const sided = (d: Vec3): Vec3 => normalize([SIDE_SIGN[side] * d[0], d[1], d[2]]);
  const exit = sided(VENTRAL_EXIT);
  const course = sided(VENTRAL_COURSE);
  const bendDirection = normalize(add(exit, course));
  const root = N.root[v];
  const end = root * N.ventralTaper;
  // Out of the foramen laterally, then bending gently down toward psoas: a smooth arc, tapering.
  const first = add(foramen, scale(exit, 0.2 * N.ventralRamusLength));
  const second = add(first, scale(bendDirection, 0.35 * N.ventralRamusLength));
  const ventral = [
    tube(foramen, root, v),
    tube(first, root * 0.95, v),
    tube(second, (root + end) / 2, { minus: lower, plus: v, plusWeight: 0.5 }),
    tube(add(second, scale(course, 0.45 * N.ventralRamusLength)), end, lower),
  ];
  const origin = add(foramen, scale(exit, DORSAL_RAMUS_ORIGIN));
  const dorsalEnd = dorsalRamusEnd(a, v, side);
  const dorsal = [
    tube(origin, N.dorsalRamus, v),
    tube(lerp(origin, dorsalEnd, 0.5), N.dorsalRamus, { minus: lower, plus: v, plusWeight: 0.5 }),
    tube(dorsalEnd, N.medialBranch, lower),
  ];
  return { ventral, dorsal };
}

/** The capsule behind a facet joint's centre, where the articular twigs end. */
function capsule(a: Landmarks, segment: Segment, side: Side): Vec3 {
  const upper = segment.split('-')[0] as Vertebra;
  return add(a.vertebrae[upper].sides[side].facetBelow.centre, scale(POSTERIOR, CAPSULE_DEPTH));
}

export function medialBranchRoute(a: Landmarks, v: Vertebra, side: Side): MedialBranchRoute {
  const below = vertebraBelow(v);
  const lowerBone: BoneId = below ?? 'sacrum';
  const crossing = lift(medialBranchTarget(a, v, side), N.medialBranch);
  const notch = below
    ? lift(lerp(a.vertebrae[below].sides[side].accessory, a.vertebrae[below].sides[side].mammillary, 0.4), N.medialBranch)
    : lift(lerp(a.sacrum.sides[side].alaFacetGroove, a.sacrum.sides[side].dorsalForamina[0]!, 0.5), N.medialBranch);
  // L1–L4 branches descend to the joint below; L5's continues onto the sacrum toward multifidus.
  const end = below ? capsule(a, segmentBelow(below), side) : lift(a.sacrum.sides[side].dorsalForamina[0]!, N.medialBranch);
  // It continues the dorsal ramus: starting a little inside its end, along its direction, it bends smoothly.
  const ramusEnd = dorsalRamusEnd(a, v, side);
  const ramusOrigin = add(a.vertebrae[v].sides[side].foramenBelow, scale(normalize([SIDE_SIGN[side] * VENTRAL_EXIT[0], VENTRAL_EXIT[1], VENTRAL_EXIT[2]]), DORSAL_RAMUS_ORIGIN));
  const main = [
    tube(lerp(ramusOrigin, ramusEnd, 0.7), N.medialBranch, lowerBone),
    tube(ramusEnd, N.medialBranch, lowerBone),
    tube(crossing, N.medialBranch, lowerBone),
    tube(notch, (N.medialBranch + N.medialBranchEnd) / 2, lowerBone),
    tube(end, N.medialBranchEnd, lowerBone),
  ];
  // The twig climbs behind the articular processes to the capsule of its own level's joint.
  const twigStart = lerp(crossing, notch, 0.5);
  const twigEnd = capsule(a, segmentBelow(v), side);
  const ascendingTwig = [
    tube(twigStart, N.articularTwig, lowerBone),
    tube(add(lerp(twigStart, twigEnd, 0.5), scale(POSTERIOR, TWIG_BEHIND)), N.articularTwig, lowerBone),
    tube(twigEnd, N.articularTwig, { minus: lowerBone, plus: v, plusWeight: 0.5 }),
  ];
  return { main, ascendingTwig };
}

/** Nerves run beside bone: every path sample is kept this far (mm) plus its radius outside the bones. */
const settleBesideBone = (centre: Vec3, radius: number) => clearOfBone(centre, radius + BONE_CLEARANCE);
export const NERVE_SWEEP = { samplesPerSpan: 6, sides: 10, settle: settleBesideBone };
export const MEDIAL_BRANCH_SWEEP = { samplesPerSpan: 6, sides: 8, settle: settleBesideBone };

export function buildSpinalNerve(a: Landmarks, v: Vertebra, side: Side): BoundMesh {
  const route = spinalNerveRoute(a, v, side);
  return mergeBoundMeshes([sweep(route.ventral, NERVE_SWEEP), sweep(route.dorsal, NERVE_SWEEP)]);
}

export function buildMedialBranch(a: Landmarks, v: Vertebra, side: Side): BoundMesh {
  const route = medialBranchRoute(a, v, side);
  return mergeBoundMeshes([
    sweep(route.main, MEDIAL_BRANCH_SWEEP),
    sweep(route.ascendingTwig, { samplesPerSpan: 6, sides: 6, settle: settleBesideBone }),
  ]);
}
