/**
 * The soft parts of a motion segment in the WORLD neutral frame: the disc with its nucleus, and both facet
 * joints' cartilage, capsule and meniscoids. Each mesh carries `blend` (0 = moves with the lower bone,
 * 1 = with the upper) so the scene can deform it when the segment moves.
 */
import { buildDisc } from './discMesh';
import { facetFrameInWorld } from './facetFrames';
import { facetCapsule, facetCartilage, facetMeniscoids } from './facetSoftParts';
import { SIDES, type Segment, type Side } from './levels';
import type { MeshData } from './meshData';

export interface FacetJointMeshes {
  cartilageUpper: MeshData;
  cartilageLower: MeshData;
  capsule: MeshData;
  meniscoid: MeshData;
}

export function buildFacetJoint(segment: Segment, side: Side): FacetJointMeshes {
  const frame = facetFrameInWorld(segment, side);
  return {
    cartilageUpper: facetCartilage(frame, true),
    cartilageLower: facetCartilage(frame, false),
    capsule: facetCapsule(frame),
    meniscoid: facetMeniscoids(frame),
  };
}

export function buildSegmentJoints(segment: Segment): { disc: MeshData; nucleus: MeshData; facets: Record<Side, FacetJointMeshes> } {
  const facets = {} as Record<Side, FacetJointMeshes>;
  for (const side of SIDES) facets[side] = buildFacetJoint(segment, side);
  return { ...buildDisc(segment), facets };
}
