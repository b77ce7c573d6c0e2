import { Document, Logger, type Material, type Mesh, type Node, type Skin } from '@gltf-transform/core';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { computeVertexNormals, type MeshData } from '../../src/anatomy/meshData';
import { BONE_IDS, type BoneId } from '../../src/anatomy/posture';
import type { BoundMesh } from '../../src/anatomy/softTissue/boundMesh';
import { STRUCTURES, type StructureInfo } from '../../src/anatomy/structures';
import type { StructureKind } from '../../src/anatomy/structures';
import { MATERIAL_KINDS, materialLook } from './materials';
import type { ModelPart } from './modelParts';
import { matrixToSceneUnits, positionsToSceneUnits } from '../../src/anatomy/sceneUnits';

/**
 * Builds the uncompressed glTF document: one node per structure in list order (stable bytes), named by
 * its id, nested by its parent; one material per tissue kind, with the scene's own colours (scene/tissueLook.ts).
 *
 * Spanning tissue is skinned (not a custom `_BLEND` attribute): so three's GLTFLoader makes a SkinnedMesh that
 * stretches when the scene moves the bone nodes. Every bound mesh shares the file's one skin, whose joints are the
 * file's bone nodes in BONE_IDS order: the loader then makes one skeleton for them all, and a frame uploads one bone
 * texture rather than one per joint list. Each skinned node names the joints it follows in `extras.skinJoints`
 * (indices into the skin's joints; three's `userData`), for bounds carried by those bones alone. Skinned nodes keep
 * identity transforms, as glTF and three both expect.
 */
export function assembleDocument(
  parts: readonly ModelPart[],
  pose: Readonly<Record<BoneId, Matrix4>>,
  sceneName: string,
  structures: readonly StructureInfo[] = STRUCTURES,
): Document {
  const document = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = document.createBuffer();
  const scene = document.createScene(sceneName);
  // One material per tissue kind drawn, made when first needed: a file carries only the materials it uses.
  const materials = new Map<StructureKind, Material>();
  const materialOf = (kind: StructureKind): Material | undefined => {
    if (!(MATERIAL_KINDS as readonly StructureKind[]).includes(kind)) return undefined;
    let material = materials.get(kind);
    if (!material) {
      const look = materialLook(kind);
      material = document
        .createMaterial(kind)
        .setBaseColorFactor(look.baseColor)
        .setRoughnessFactor(look.roughness)
        .setMetallicFactor(0)
        .setAlphaMode(look.blend ? 'BLEND' : 'OPAQUE');
      materials.set(kind, material);
    }
    return material;
  };
  const partById = new Map(parts.map((p) => [p.id, p]));
  const nodes = new Map<string, Node>();
  // Only node names (the structure ids) go into the JSON: kinds and levels are in the manifest, and accessors, meshes
  // and skins stay unnamed, which keeps the glTF JSON lean.
  for (const structure of structures) nodes.set(structure.id, document.createNode(structure.id));
  for (const structure of structures) {
    const node = nodes.get(structure.id)!;
    if (structure.parent) nodes.get(structure.parent)!.addChild(node);
    else scene.addChild(node);
  }

  const boneNode = (bone: BoneId): Node => {
    const node = nodes.get(bone);
    if (!node) throw new Error(`bone ${bone} has no node in STRUCTURES`);
    return node;
  };
  const skinJoints = BONE_IDS.filter((bone) => nodes.has(bone));
  let skin: Skin | null = null;
  const sharedSkin = (): Skin => {
    if (!skin) {
      const inverseBinds = new Float32Array(skinJoints.length * 16);
      skinJoints.forEach((bone, i) => inverseBinds.set(matrixToSceneUnits(pose[bone]).invert().elements, i * 16));
      skin = document.createSkin().setInverseBindMatrices(document.createAccessor('', buffer).setType('MAT4').setArray(inverseBinds));
      for (const bone of skinJoints) skin.addJoint(boneNode(bone));
    }
    return skin;
  };
  const jointOf = (bone: BoneId): number => {
    const joint = skinJoints.indexOf(bone);
    if (joint < 0) throw new Error(`bone ${bone} has no node in this file`);
    return joint;
  };

  const createMesh = (structure: StructureInfo, data: MeshData): Mesh => {
    if (data.indices.length === 0) throw new Error(`${structure.id}: empty mesh`);
    const material = materialOf(structure.kind);
    if (!material) throw new Error(`${structure.id}: a ${structure.kind} has no tissue to draw`);
    const accessor = (type: 'SCALAR' | 'VEC3' | 'VEC4', array: Float32Array | Uint32Array | Uint8Array) =>
      document.createAccessor('', buffer).setType(type).setArray(array);
    const primitive = document
      .createPrimitive()
      .setMaterial(material)
      .setIndices(accessor('SCALAR', data.indices.slice()))
      .setAttribute('POSITION', accessor('VEC3', positionsToSceneUnits(data.positions)))
      .setAttribute('NORMAL', accessor('VEC3', data.normals?.slice() ?? computeVertexNormals(data.positions, data.indices)));
    return document.createMesh().addPrimitive(primitive);
  };

  const addSkinAttributes = (mesh: Mesh, bound: BoundMesh) => {
    const count = bound.mesh.positions.length / 3;
    const joints = new Uint8Array(count * 4);
    const weights = new Float32Array(count * 4);
    // The bound mesh's joints index its own bones; the file's skin holds every bone.
    const fileJoint = bound.bones.map(jointOf);
    for (let v = 0; v < count; v++) {
      for (let k = 0; k < 2; k++) joints[4 * v + k] = fileJoint[bound.joints[2 * v + k]!]!;
      weights.set(bound.weights.subarray(2 * v, 2 * v + 2), 4 * v);
    }
    const primitive = mesh.listPrimitives()[0]!;
    primitive.setAttribute('JOINTS_0', document.createAccessor('', buffer).setType('VEC4').setArray(joints));
    primitive.setAttribute('WEIGHTS_0', document.createAccessor('', buffer).setType('VEC4').setArray(weights));
  };

  const placeAtPose = (node: Node, bone: BoneId) => {
    const translation = new Vector3();
    const rotation = new Quaternion();
    const scale = new Vector3();
    matrixToSceneUnits(pose[bone]).decompose(translation, rotation, scale);
    node.setTranslation(translation.toArray()).setRotation(rotation.toArray());
  };

  for (const structure of structures) {
    const part = partById.get(structure.id);
    if (!part) throw new Error(`no geometry for structure ${structure.id}`);
    const node = nodes.get(structure.id)!;
    if (part.type === 'bone') {
      placeAtPose(node, part.bone);
      node.setMesh(createMesh(structure, part.mesh));
    } else if (part.type === 'anchor') {
      placeAtPose(node, part.bone);
    } else if (part.type === 'piece') {
      node.setMesh(createMesh(structure, part.mesh));
    } else if (part.type === 'bound') {
      const mesh = createMesh(structure, part.bound.mesh);
      addSkinAttributes(mesh, part.bound);
      node.setMesh(mesh).setSkin(sharedSkin()).setExtras({ skinJoints: part.bound.bones.map(jointOf) });
    }
  }
  const unknown = parts.filter((p) => !nodes.has(p.id)).map((p) => p.id);
  if (unknown.length) throw new Error(`parts not in STRUCTURES: ${unknown.join(', ')}`);
  return document;
}
