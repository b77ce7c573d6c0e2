/**
 * Diagnostic medial branch block (§8.1): a facet joint is supplied by the medial branches of its own level and the
 * level above, so two needles, at two levels, each to bone contact at the nerve's landmark.
 */
import { VERTEBRAE, type Segment, type Side, type Vertebra } from '../anatomy/levels';
import { add, scale } from '../anatomy/softTissue/vec3';
import { APPROACH, GUIDANCE, TIP_OFF_BONE_MM } from './data';
import { backDirection, skinDepthZ, skinEntry, straightNeedle, type NeedlePlan } from './needlePlan';
import { firstBoneContact, l5DorsalRamusSite, medialBranchSite, type NerveName, type NerveSite } from './targets';

const LEVEL_ABOVE: Record<Vertebra, 'T12' | Vertebra> = { L1: 'T12', L2: 'L1', L3: 'L2', L4: 'L3', L5: 'L4' };

/** The two nerves that supply a facet joint: the medial branches of its own level and the level above (§8.1 table). */
export function nerveNamesOfJoint(segment: Segment): [NerveName, NerveName] {
  if (segment === 'L5-S1') return [{ level: 'L4', branch: 'medial-branch' }, { level: 'L5', branch: 'dorsal-ramus' }];
  const upper = segment.split('-')[0] as Vertebra;
  return [{ level: LEVEL_ABOVE[upper], branch: 'medial-branch' }, { level: upper, branch: 'medial-branch' }];
}

/** Where those two nerves are blocked, on the built bones. */
export function nervesOfJoint(segment: Segment, side: Side): [NerveSite, NerveSite] {
  const [upper, lower] = nerveNamesOfJoint(segment).map((nerve) =>
    nerve.branch === 'dorsal-ramus' ? l5DorsalRamusSite(side) : medialBranchSite(nerve.level, side),
  ) as [NerveSite, NerveSite];
  return [upper, lower];
}

/** The skin of the back behind a nerve site: behind its own vertebra, or behind L5 for the sacrum. */
export function skinZForSite(site: NerveSite): number {
  return skinDepthZ(isVertebra(site.bone) ? site.bone : 'L5');
}

function isVertebra(bone: string): bone is Vertebra {
  return (VERTEBRAE as readonly string[]).includes(bone);
}

/** Distance the aiming ray starts behind a landmark, mm: well outside the body's bones. */
const AIM_FROM_MM = 90;

function blockNeedle(site: NerveSite, side: Side): NeedlePlan {
  const back = backDirection(side, APPROACH['medial-branch-block']);
  const forward = scale(back, -1);
  // The needle runs down the beam onto the landmark and stops at the first bone contact, just off the periosteum.
  const contact = firstBoneContact(site.bone, add(site.landmark, scale(back, AIM_FROM_MM)), forward) ?? site.landmark;
  const target = add(contact, scale(back, TIP_OFF_BONE_MM));
  return straightNeedle({
    procedure: 'medial-branch-block',
    side,
    aim: { kind: 'nerve', nerve: site.nerve },
    bone: site.bone,
    entry: skinEntry(target, back, skinZForSite(site)),
    target,
    landmark: site.landmark,
    guidance: GUIDANCE['medial-branch-block'],
  });
}

/** Both block needles for one facet joint. */
export function medialBranchBlockPlan(segment: Segment, side: Side): NeedlePlan[] {
  return nervesOfJoint(segment, side).map((site) => blockNeedle(site, side));
}
