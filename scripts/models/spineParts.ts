import { MeshoptSimplifier } from 'meshoptimizer';
import { buildBone } from '../../src/anatomy/bones';
import { buildSegmentJoints } from '../../src/anatomy/joints';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, segmentLevels, type Level } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import { BONE_IDS, type BoneId } from '../../src/anatomy/posture';
import { bindToSegment } from '../../src/anatomy/softTissue/boundMesh';
import { buildSoftTissue } from '../../src/anatomy/softTissue/softTissue';
import { discId, facetJointId, facetPartId, nucleusId, type FacetPart } from '../../src/anatomy/structureIds';
import { BONE_TRIANGLE_BUDGET, DISC_TRIANGLE_BUDGET } from './budgets';
import type { ModelPart } from './modelParts';
import { simplifyClosedMesh } from './simplifyClosedMesh';

/** The bone that carries a level: S1 is part of the sacrum. */
function boneOfLevel(level: Level): BoneId {
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
      bound(discId(segment), simplifyClosedMesh(joints.disc, DISC_TRIANGLE_BUDGET.annulus)),
      bound(nucleusId(segment), simplifyClosedMesh(joints.nucleus, DISC_TRIANGLE_BUDGET.nucleus)),
    );
    for (const side of SIDES) {
      const facet = joints.facets[side];
      const part = (name: FacetPart) => facetPartId(segment, side, name);
      parts.push(
        { id: facetJointId(segment, side), type: 'group' },
        bound(part('cartilage-upper'), facet.cartilageUpper),
        bound(part('cartilage-lower'), facet.cartilageLower),
        bound(part('capsule'), facet.capsule),
        bound(part('meniscoid'), facet.meniscoid),
      );
    }
  }
  for (const [id, bound] of buildSoftTissue(computeLandmarks())) parts.push({ id, type: 'bound', bound });
  return parts;
}
