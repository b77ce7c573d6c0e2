import type { MeshData } from '../../src/anatomy/meshData';
import type { BoneId } from '../../src/anatomy/posture';
import type { BoundMesh } from '../../src/anatomy/softTissue/boundMesh';

/**
 * What the glTF writer needs for one structure (one node, named by its structure id):
 * - a bone: its mesh in the bone's local frame, placed by the neutral pose on the node;
 * - a bound (skinned) mesh in the world neutral frame, deformed by the bones it follows;
 * - a group: an empty node whose children are the structure's parts (a facet joint);
 * - in variant models, an anchor: an empty node named by a bone id, placed by the neutral pose, that carries
 *   the pieces fixed to that bone (a piece: its mesh in the bone's local frame, identity transform) and serves
 *   as a skin joint, so the scene can graft both onto the default model's bones by name.
 */
export type ModelPart =
  | { id: string; type: 'bone'; bone: BoneId; mesh: MeshData }
  | { id: string; type: 'anchor'; bone: BoneId }
  | { id: string; type: 'piece'; mesh: MeshData }
  | { id: string; type: 'bound'; bound: BoundMesh }
  | { id: string; type: 'group' };
