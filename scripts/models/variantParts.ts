/**
 * The geometry of each variant glb: the pieces of bone, in their anchor bone's local frame, and the skinned soft
 * tissue, in the world neutral frame, simplified to small budgets (all variants together stay under 1 MB).
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import { DEGENERATION_SHAPE, LSTV_SHAPE } from '../../src/anatomy/data/pathology';
import { facetFrameInWorld } from '../../src/anatomy/facetFrames';
import { facetCapsule, facetCartilage } from '../../src/anatomy/facetSoftParts';
import { FACET_JOINT_TISSUE } from '../../src/anatomy/data/facets';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SIDES, type Segment } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import type { BoneId } from '../../src/anatomy/posture';
import { segmentBones } from '../../src/anatomy/segmentBones';
import { meshSdf } from '../../src/anatomy/sdf/surfaceNets';
import { bindToSegment } from '../../src/anatomy/softTissue/boundMesh';
import { buildIliolumbarLigament } from '../../src/anatomy/softTissue/ligaments';
import { simplifyClosedMesh } from './simplifyClosedMesh';
import type { ModelPart } from './modelParts';
import { degeneratedProcessShape, subchondralCystShape, type FieldShape } from '../../src/anatomy/variants/degenerationShapes';
import { lstvShape } from '../../src/anatomy/variants/lstvShapes';
import { TP_FORMS } from '../../src/anatomy/variants/variantChoice';
import { degenerationPieceId, lstvPieceId, thinIliolumbarId } from '../../src/anatomy/structureIds';
import { DEGENERATED_GRADES } from '../../src/anatomy/variants/variantStructures';

/** Meshing of the variant pieces: voxel edge (mm) and triangles after simplification. */
export const VARIANT_MESHING = {
  lstvProcess: { voxel: 0.7, triangles: 3000 },
  articularProcess: { voxel: 0.7, triangles: 1200 },
  cyst: { voxel: 0.3, triangles: 160 },
} as const;

export function meshVariantField(shape: FieldShape, meshing: { voxel: number; triangles: number }): MeshData {
  return simplifyClosedMesh(meshSdf(shape.sdf, shape.bounds, { voxel: meshing.voxel }), meshing.triangles);
}

const anchor = (bone: BoneId): ModelPart => ({ id: bone, type: 'anchor', bone });

export async function collectLstvParts(): Promise<ModelPart[]> {
  await MeshoptSimplifier.ready;
  const landmarks = computeLandmarks();
  const parts: ModelPart[] = [anchor('L5'), anchor('ilium-left'), anchor('ilium-right')];
  for (const side of SIDES) {
    for (const form of TP_FORMS)
      parts.push({ id: lstvPieceId(side, form), type: 'piece', mesh: meshVariantField(lstvShape(side, form), VARIANT_MESHING.lstvProcess) });
    parts.push({ id: thinIliolumbarId(side), type: 'bound', bound: buildIliolumbarLigament(landmarks, side, LSTV_SHAPE.iliolumbarThinning) });
  }
  return parts;
}

export async function collectDegenerationParts(segment: Segment): Promise<ModelPart[]> {
  await MeshoptSimplifier.ready;
  const { upper, lower } = segmentBones(segment);
  const parts: ModelPart[] = [anchor(upper), anchor(lower)];
  for (const side of SIDES) {
    for (const grade of DEGENERATED_GRADES) {
      const look = DEGENERATION_SHAPE[grade];
      const id = (part: Parameters<typeof degenerationPieceId>[3]) => degenerationPieceId(segment, side, grade, part);
      const frame = { ...facetFrameInWorld(segment, side), gap: look.jointSpace };
      const cartilage = FACET_JOINT_TISSUE.cartilageThickness * look.cartilage;
      const bound = (mesh: MeshData) => bindToSegment(mesh, upper, lower);
      parts.push(
        { id: id('inferior-process'), type: 'piece', mesh: meshVariantField(degeneratedProcessShape(segment, side, 'inferior', grade), VARIANT_MESHING.articularProcess) },
        { id: id('superior-process'), type: 'piece', mesh: meshVariantField(degeneratedProcessShape(segment, side, 'superior', grade), VARIANT_MESHING.articularProcess) },
        { id: id('cartilage-upper'), type: 'bound', bound: bound(facetCartilage(frame, true, cartilage)) },
        { id: id('cartilage-lower'), type: 'bound', bound: bound(facetCartilage(frame, false, cartilage)) },
        { id: id('capsule'), type: 'bound', bound: bound(facetCapsule(frame, FACET_JOINT_TISSUE.capsuleThickness * look.capsule, look.osteophyte[1] * 0.6)) },
      );
      if (look.cyst > 0)
        parts.push({ id: id('cyst'), type: 'piece', mesh: meshVariantField(subchondralCystShape(segment, side), VARIANT_MESHING.cyst) });
    }
  }
  return parts;
}
