/**
 * Where inflammation is drawn, pure (world mm, neutral pose): a shell a little larger than each focused joint's
 * capsule, and sparks along the two nerves that supply the joint (sensitised nerve endings, §8.1).
 */
import { facetFrameInWorld, lowerBoneOf } from '../../anatomy/facetFrames';
import type { BoneId } from '../../anatomy/posture';
import type { Vec3 } from '../../anatomy/sdf/primitives';
import { add, scale } from '../../anatomy/softTissue/vec3';
import { FACET_JOINT_TISSUE } from '../../anatomy/data/facets';
import { nervesOfJoint } from '../../procedures/medialBranchBlock';
import type { FocusJoint } from './focusJoints';

/** How far the glowing shell stands out beyond the capsule, mm (D: enough to read as a halo, not a new organ). */
export const SHELL_MARGIN_MM = 2;
/** Sparks per nerve, their spacing along it from the bony landmark, and their radius, mm (D). */
export const SPARKS = { perNerve: 4, spacingMm: 3, radiusMm: 1.1 } as const;

export interface InflammationShell {
  centre: Vec3;
  /** Orthonormal axes (along the joint, up the joint, across it) and half sizes along them, mm. */
  axes: [Vec3, Vec3, Vec3];
  halfSizes: Vec3;
  bone: BoneId;
}

export interface NerveSpark {
  centre: Vec3;
  radiusMm: number;
  /** 0…1, so neighbouring sparks twinkle out of step. */
  phase: number;
  bone: BoneId;
}

export function inflammationShell({ segment, side }: FocusJoint): InflammationShell {
  const joint = facetFrameInWorld(segment, side);
  const capsule = FACET_JOINT_TISSUE.capsuleThickness + SHELL_MARGIN_MM;
  return {
    centre: joint.centre,
    axes: [joint.t, joint.u, joint.n],
    halfSizes: [joint.width / 2 + capsule, joint.height / 2 + capsule, joint.gap / 2 + capsule + FACET_JOINT_TISSUE.cartilageThickness],
    bone: lowerBoneOf(segment),
  };
}

const sparkCache = new Map<string, NerveSpark[]>();

export function nerveSparks({ segment, side }: FocusJoint): NerveSpark[] {
  const key = `${segment}:${side}`;
  const cached = sparkCache.get(key);
  if (cached) return cached;
  const sparks = nervesOfJoint(segment, side).flatMap((site, n) =>
    Array.from({ length: SPARKS.perNerve }, (_, i) => ({
      centre: add(site.landmark, scale(site.course, i * SPARKS.spacingMm)),
      radiusMm: SPARKS.radiusMm,
      phase: (i / SPARKS.perNerve + n * 0.37) % 1,
      bone: site.bone as BoneId,
    })),
  );
  sparkCache.set(key, sparks);
  return sparks;
}
