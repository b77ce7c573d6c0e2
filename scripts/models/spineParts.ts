import { MeshoptSimplifier } from 'meshoptimizer';
import { buildBone } from '../../src/anatomy/bones';
import { buildSegmentJoints } from '../../src/anatomy/joints';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, segmentLevels, type Level } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import { BONE_IDS, type BoneId } from '../../src/anatomy/posture';
import { bindToSegment } from '../../src/anatomy/softTissue/boundMesh';
import { buildSoftTissue } from '../../src/anatomy/softTissue/softTissue';
import { BONE_TRIANGLE_BUDGET, DISC_TRIANGLE_BUDGET } from './budgets';
import type { ModelPart } from './modelParts';
import { simplifyClosedMesh } from './simplifyClosedMesh';

/** The bone that carries a level: S1 is part of the sacrum. */
export function boneOfLevel(level: Level): BoneId {
  return level === 'S1' ? 'sacrum' : level;
}

/** Every structure's geometry for the neutral model, from the pure generators, simplified to the budgets. */
export async function collectSpineParts(): Promise<ModelPart[]> {
  await MeshoptSimplifier.ready;
  const parts: ModelPart[] = BONE_IDS.map((bone) => ({
    id: bone,
    type: 'bone',
    bone,
    mesh: simplifyClosedMesh(buildBone(bone), BONE_TRIANGLE_BUDGET[bone]),
  }));
  for (const segment of SEGMENTS) {
    const [upper, lower] = segmentLevels(segment).map(boneOfLevel) as [BoneId, BoneId];
    const joints = buildSegmentJoints(segment);
    const bound = (id: string, mesh: MeshData): ModelPart => ({ id, type: 'bound', bound: bindToSegment(mesh, upper, lower) });
    parts.push(
      bound(`disc-${segment}`, simplifyClosedMesh(joints.disc, DISC_TRIANGLE_BUDGET.annulus)),
      bound(`disc-${segment}-nucleus`, simplifyClosedMesh(joints.nucleus, DISC_TRIANGLE_BUDGET.nucleus)),
    );
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
