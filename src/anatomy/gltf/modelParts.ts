import type { MeshData } from '../meshData';
import type { BoneId } from '../posture';
import type { BoundMesh } from '../softTissue/boundMesh';

/**
 * What the glTF writer needs for one structure (one node, named by its structure id):
 * - a bone: its mesh in the bone's local frame, placed by the neutral pose on the node;
 * - a bound (skinned) mesh in the world neutral frame, deformed by the bones it follows;
 * - a group: an empty node whose children are the structure's parts (a facet joint).
 */
export type ModelPart =
  | { id: string; type: 'bone'; bone: BoneId; mesh: MeshData }
  | { id: string; type: 'bound'; bound: BoundMesh }
  | { id: string; type: 'group' };
