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
import { BONE_TRIANGLE_BUDGET, DISC_TRIANGLE_BUDGET, LIGHT_BONE_TRIANGLE_BUDGET, LIGHT_DISC_TRIANGLE_BUDGET } from './budgets';
import type { ModelPart } from './modelParts';
import { simplifyClosedMesh } from './simplifyClosedMesh';

/** The bone that carries a level: S1 is part of the sacrum. */
function boneOfLevel(level: Level): BoneId {
  return level === 'S1' ? 'sacrum' : level;
}

/**
 * The geometry of the default model at two levels of detail, from one run of the generators:
 * - `light`: every structure (lumbar-spine.glb, the first 3D frame), bones and discs at the light budgets;
 * - `detail`: only the bones, discs and nuclei at the detailed budgets (lumbar-spine-detail.glb), which replace
 *   the light ones by node name once they have arrived. Soft tissue is the same at both levels, so it is only in `light`.
 */
export interface SpineParts {
  light: ModelPart[];
  detail: ModelPart[];
}

/** Every structure's geometry for the neutral model, from the pure generators, simplified to the budgets. */
export async function collectSpineParts(): Promise<SpineParts> {
  await MeshoptSimplifier.ready;
  const light: ModelPart[] = [];
  const detail: ModelPart[] = [];
  for (const bone of BONE_IDS) {
    // The light bone is simplified from the detailed one: its vertices are a subset, so the swap cannot move a surface outward.
    const mesh = simplifyClosedMesh(buildBone(bone), BONE_TRIANGLE_BUDGET[bone]);
    detail.push({ id: bone, type: 'bone', bone, mesh });
    light.push({ id: bone, type: 'bone', bone, mesh: simplifyClosedMesh(mesh, LIGHT_BONE_TRIANGLE_BUDGET[bone]) });
  }
  for (const segment of SEGMENTS) {
    const [upper, lower] = segmentLevels(segment).map(boneOfLevel) as [BoneId, BoneId];
    const joints = buildSegmentJoints(segment);
    const bound = (id: string, mesh: MeshData): ModelPart => ({ id, type: 'bound', bound: bindToSegment(mesh, upper, lower) });
    const disc = simplifyClosedMesh(joints.disc, DISC_TRIANGLE_BUDGET.annulus);
    const nucleus = simplifyClosedMesh(joints.nucleus, DISC_TRIANGLE_BUDGET.nucleus);
    detail.push(bound(discId(segment), disc), bound(nucleusId(segment), nucleus));
    light.push(
      bound(discId(segment), simplifyClosedMesh(disc, LIGHT_DISC_TRIANGLE_BUDGET.annulus)),
      bound(nucleusId(segment), simplifyClosedMesh(nucleus, LIGHT_DISC_TRIANGLE_BUDGET.nucleus)),
    );
    for (const side of SIDES) {
      const facet = joints.facets[side];
      const part = (name: FacetPart) => facetPartId(segment, side, name);
      light.push(
        { id: facetJointId(segment, side), type: 'group' },
        bound(part('cartilage-upper'), facet.cartilageUpper),
        bound(part('cartilage-lower'), facet.cartilageLower),
        bound(part('capsule'), facet.capsule),
        bound(part('meniscoid'), facet.meniscoid),
      );
    }
  }
  for (const [id, bound] of buildSoftTissue(computeLandmarks())) light.push({ id, type: 'bound', bound });
  return { light, detail };
}
