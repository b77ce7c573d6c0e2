/**
 * Intra-articular injection (steroid, PRP or amniotic matrix): one needle into the posterior part of the joint
 * cleft, coming in obliquely from behind and the same side along the curve of the joint (posterolateral oblique).
 */
import { facetFrameInWorld, fromJoint, lowerBoneOf } from '../anatomy/facetFrames';
import type { Segment, Side, Vertebra } from '../anatomy/levels';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { add, normalize, scale } from '../anatomy/softTissue/vec3';
import { GUIDANCE, INTRA_ARTICULAR_TARGET } from './data';
import { skinDepthZ, skinEntry, straightNeedle, type NeedlePlan } from './needlePlan';

/**
 * The facet surfaces are coaxial cylinders (facetFrames.ts), so the cleft is an arc of radius R. The target sits on
 * that arc a little behind the joint's centre; the needle arrives along the arc's tangent there.
 */
export function intraArticularPlan(segment: Segment, side: Side): NeedlePlan {
  const joint = facetFrameInWorld(segment, side);
  const R = joint.radius;
  const a = joint.width * INTRA_ARTICULAR_TARGET.alongWidthFraction;
  const c = R - Math.sqrt(R * R - a * a);
  const target = fromJoint(joint, a, 0, c);
  const back: Vec3 = normalize(add(scale(joint.t, R - c), scale(joint.n, a)));
  const upper = segment.split('-')[0] as Vertebra;
  return straightNeedle({
    procedure: 'intra-articular',
    side,
    aim: { kind: 'joint', segment },
    bone: lowerBoneOf(segment),
    entry: skinEntry(target, back, skinDepthZ(upper)),
    target,
    landmark: joint.centre,
    guidance: GUIDANCE['intra-articular'],
  });
}
