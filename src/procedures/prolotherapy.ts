/**
 * Prolotherapy at the iliolumbar ligament (Chang 2015 injected the ligament in LSTV, §11, S): a few small
 * injections along each of its two bony attachments, the L5 transverse process and the iliac crest.
 */
import type { Side } from '../anatomy/levels';
import { vertebraLayout } from '../anatomy/vertebraLayout';
import type { Vec3 } from '../anatomy/sdf/primitives';
import { add, distance, normalize, scale, sub } from '../anatomy/softTissue/vec3';
import { boneToWorld } from './boneField';
import { APPROACH, GUIDANCE, PROLOTHERAPY, TIP_OFF_BONE_MM } from './data';
import { backDirection, skinDepthZ, skinEntry, straightNeedle, type NeedlePlan } from './needlePlan';
import { firstBoneContact, iliolumbarIliacAttachment, ILIUM_OF_SIDE, l5TransverseTip, procedureLandmarks } from './targets';

const AIM_FROM_MM = 90;

function offsets(): number[] {
  const n = PROLOTHERAPY.pointsPerAttachment;
  return Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * PROLOTHERAPY.spacingMm);
}

/** Points along the L5 transverse process, from its tip inward, each to bone contact from behind. */
function transverseProcessNeedles(side: Side): NeedlePlan[] {
  const layout = vertebraLayout('L5').sides[side];
  const inward = normalize(sub(boneToWorld('L5', layout.transverseRoot), boneToWorld('L5', layout.transverseTip)));
  const tip = l5TransverseTip(side);
  const back = backDirection(side, APPROACH.prolotherapy);
  return offsets().map((_, i) => {
    const onAxis = add(tip, scale(inward, i * PROLOTHERAPY.spacingMm));
    // The ligament attaches on the process's surface: the landmark is where a needle from behind meets it.
    const landmark = firstBoneContact('L5', add(onAxis, scale(back, AIM_FROM_MM)), scale(back, -1)) ?? onAxis;
    const target = add(landmark, scale(back, TIP_OFF_BONE_MM));
    return straightNeedle({
      procedure: 'prolotherapy',
      side,
      aim: { kind: 'ligament', attachment: 'transverse-process' },
      bone: 'L5',
      entry: skinEntry(target, back, skinDepthZ('L5')),
      target,
      landmark,
      guidance: GUIDANCE.prolotherapy,
    });
  });
}

/** Points spread along the crest around the ligament's insertion, each to bone contact from behind. */
function iliacCrestNeedles(side: Side): NeedlePlan[] {
  const crest = procedureLandmarks().ilia[side].crest;
  const insertion = iliolumbarIliacAttachment(side);
  const at = crest.findIndex((p) => distance(p, insertion) < 1e-6);
  const alongCrest = normalize(sub(crest[Math.min(crest.length - 1, at + 1)]!, crest[Math.max(0, at - 1)]!));
  const bone = ILIUM_OF_SIDE[side];
  const back = backDirection(side, APPROACH.prolotherapy);
  return offsets().map((offset) => {
    const onCrest: Vec3 = add(insertion, scale(alongCrest, offset));
    const landmark = firstBoneContact(bone, add(onCrest, scale(back, AIM_FROM_MM)), scale(back, -1)) ?? onCrest;
    const target = add(landmark, scale(back, TIP_OFF_BONE_MM));
    return straightNeedle({
      procedure: 'prolotherapy',
      side,
      aim: { kind: 'ligament', attachment: 'iliac-crest' },
      bone,
      entry: skinEntry(target, back, skinDepthZ('L5')),
      target,
      landmark,
      guidance: GUIDANCE.prolotherapy,
    });
  });
}

/** All prolotherapy injection points on one side. */
export function prolotherapyPlan(side: Side): NeedlePlan[] {
  return [...transverseProcessNeedles(side), ...iliacCrestNeedles(side)];
}
