import { Skeleton, SkinnedMesh, type Bone, type Object3D } from 'three';
import { BONE_IDS } from '../anatomy/posture';
import type { ModelIndex } from './modelIndex';

const BONE_NAMES: ReadonlySet<string> = new Set(BONE_IDS);

function modelBone(index: ModelIndex, name: string): Object3D {
  const bone = index.nodes.get(name);
  if (!bone || !BONE_NAMES.has(name)) throw new Error(`the model has no bone "${name}" for a variant piece`);
  return bone;
}

/**
 * Moves a loaded variant glb's pieces into the loaded default model, so that posture, fades, highlight and picking
 * treat them like the model's own parts. The variant scene holds one empty node per bone it needs (named by the bone
 * id, in the neutral pose): pieces of bone are children of those nodes and move, with their local transform, under
 * the model's bone of the same name; skinned tissue is rebound to the model's bones by name and joins the model root.
 */
export function graftVariant(index: ModelIndex, model: string, variantScene: Object3D): void {
  if (index.grafted.has(model)) return;
  const skinned: SkinnedMesh[] = [];
  variantScene.traverse((object) => {
    if (object instanceof SkinnedMesh) skinned.push(object);
  });
  // The variant's meshes share its one skeleton; they share its rebound one too.
  const rebound = new Map<Skeleton, Skeleton>();
  for (const mesh of skinned) {
    let skeleton = rebound.get(mesh.skeleton);
    if (!skeleton) {
      skeleton = new Skeleton(
        mesh.skeleton.bones.map((joint) => modelBone(index, joint.name) as Bone),
        mesh.skeleton.boneInverses,
      );
      rebound.set(mesh.skeleton, skeleton);
    }
    mesh.bind(skeleton, mesh.bindMatrix);
  }
  const moved: Object3D[] = [];
  for (const node of [...variantScene.children]) {
    const pieces = BONE_NAMES.has(node.name) ? [...node.children] : [node];
    const parent = BONE_NAMES.has(node.name) ? modelBone(index, node.name) : index.root;
    for (const piece of pieces) {
      parent.add(piece);
      moved.push(piece);
    }
  }
  index.addVariant(model, moved);
}
