/**
 * Radiofrequency ablation of the same two nerves (§8.1): the conventional lesion is only 1.1–2.2 mm in radius,
 * so the cannula is laid along the nerve and its active tip burns a short ellipsoid around it.
 */
import type { Segment, Side } from '../anatomy/levels';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { add, distance, normalize, reject, scale } from '../anatomy/softTissue/vec3';
import { boneNormal } from './boneField';
import { GUIDANCE, MEDIAL_BRANCH, RF_CANNULA, RF_LIFT_OFF_NERVE_DEG, TIP_OFF_BONE_MM } from './data';
import { nervesOfJoint, skinZForSite } from './medialBranchBlock';
import { pathClearance, skinEntry, straightNeedle, type NeedlePlan } from './needlePlan';
import type { NerveSite } from './targets';

export interface RfLesion {
  centre: Vec3;
  /** Unit axis of the ellipsoid, along the cannula toward its tip. */
  axis: Vec3;
  /** Half length along the axis and radius across it (the larger conventional radius), mm. */
  halfLengthMm: number;
  radiusMm: number;
  /** The smaller conventional radius, for the range in the legend. */
  radiusMinMm: number;
  bone: NeedlePlan['bone'];
}

export interface RadiofrequencyPlan {
  needles: NeedlePlan[];
  lesions: RfLesion[];
}

const DEG = Math.PI / 180;
/** Share of the lift that leans laterally rather than straight back (the cannula also comes in obliquely, D). */
const LATERAL_LEAN = 0.35;
/** A cannula must point at least this much backward (unit-vector z) to reach the skin of the back. */
const MIN_BACKWARD_COMPONENT = 0.2;

/** The cannula's direction from its tip back to the skin: along the nerve, lifted off it toward the back. */
function cannulaBack(site: NerveSite, side: Side, liftDeg: number): Vec3 {
  const sign = side === 'left' ? 1 : -1;
  const away = normalize(reject([sign * LATERAL_LEAN, 0, -1], site.course));
  const lift = liftDeg * DEG;
  return normalize(add(scale(site.course, Math.cos(lift)), scale(away, Math.sin(lift))));
}

function cannula(site: NerveSite, side: Side): { needle: NeedlePlan; lesion: RfLesion } {
  const target = add(site.landmark, scale(boneNormal(site.bone, site.landmark), TIP_OFF_BONE_MM));
  const skinZ = skinZForSite(site);
  // The flattest lift (closest to parallel) whose path clears the bone and fits a standard cannula.
  let back = cannulaBack(site, side, RF_LIFT_OFF_NERVE_DEG.max);
  for (let lift = RF_LIFT_OFF_NERVE_DEG.min; lift <= RF_LIFT_OFF_NERVE_DEG.max; lift += 1) {
    const candidate = cannulaBack(site, side, lift);
    if (candidate[2] >= -MIN_BACKWARD_COMPONENT) continue;
    const entry = skinEntry(target, candidate, skinZ);
    if (distance(entry, target) <= RF_CANNULA.lengthMm && pathClearance(entry, target, undefined, true) > 0) {
      back = candidate;
      break;
    }
  }
  const needle = straightNeedle({
    procedure: 'radiofrequency',
    side,
    aim: { kind: 'nerve', nerve: site.nerve },
    bone: site.bone,
    entry: skinEntry(target, back, skinZ),
    target,
    landmark: site.landmark,
    guidance: GUIDANCE.radiofrequency,
  });
  const halfTip = RF_CANNULA.activeTipMm / 2;
  return {
    needle,
    lesion: {
      centre: add(target, scale(back, halfTip)),
      axis: needle.direction,
      halfLengthMm: halfTip + MEDIAL_BRANCH.lesionRadiusMaxMm,
      radiusMm: MEDIAL_BRANCH.lesionRadiusMaxMm,
      radiusMinMm: MEDIAL_BRANCH.lesionRadiusMinMm,
      bone: site.bone,
    },
  };
}

/** Two cannulae and their lesions for one facet joint. */
export function radiofrequencyPlan(segment: Segment, side: Side): RadiofrequencyPlan {
  const placed = nervesOfJoint(segment, side).map((site) => cannula(site, side));
  return { needles: placed.map((p) => p.needle), lesions: placed.map((p) => p.lesion) };
}
