import { buildBone } from '../bones';
import { buildSegmentJoints } from '../joints';
import { SEGMENTS, SIDES, segmentLevels, type Level } from '../levels';
import { computeLandmarks } from '../landmarks';
import { BONE_IDS, type BoneId } from '../posture';
import { bindToSegment } from '../softTissue/boundMesh';
import { buildSoftTissue } from '../softTissue/softTissue';
import type { ModelPart } from './modelParts';

/** The bone that carries a level: S1 is part of the sacrum. */
export function boneOfLevel(level: Level): BoneId {
  return level === 'S1' ? 'sacrum' : level;
}

/** Every structure's geometry for the neutral model, from the pure generators. */
export function collectSpineParts(): ModelPart[] {
  const parts: ModelPart[] = BONE_IDS.map((bone) => ({ id: bone, type: 'bone', bone, mesh: buildBone(bone) }));
  for (const segment of SEGMENTS) {
    const [upper, lower] = segmentLevels(segment).map(boneOfLevel) as [BoneId, BoneId];
    const joints = buildSegmentJoints(segment);
    const bound = (id: string, mesh: Parameters<typeof bindToSegment>[0]): ModelPart => ({
      id,
      type: 'bound',
      bound: bindToSegment(mesh, upper, lower),
    });
    parts.push(bound(`disc-${segment}`, joints.disc), bound(`disc-${segment}-nucleus`, joints.nucleus));
    for (const side of SIDES) {
      const joint = `facet-${segment}-${side}`;
      const facet = joints.facets[side];
      parts.push(
        { id: joint, type: 'group' },
        bound(`${joint}-cartilage-upper`, facet.cartilageUpper),
        bound(`${joint}-cartilage-lower`, facet.cartilageLower),
        bound(`${joint}-capsule`, facet.capsule),
        bound(`${joint}-meniscoid`, facet.meniscoid),
      );
    }
  }
  for (const [id, bound] of buildSoftTissue(computeLandmarks())) parts.push({ id, type: 'bound', bound });
  return parts;
}
