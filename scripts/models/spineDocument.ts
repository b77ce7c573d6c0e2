import type { Document } from '@gltf-transform/core';
import { neutralPose } from '../../src/anatomy/posture';
import { STRUCTURES, type StructureInfo } from '../../src/anatomy/structures';
import { assembleDocument } from './assembleDocument';
import { compressDocument } from './compress';
import type { ModelPart } from './modelParts';
import { collectSpineParts, type SpineParts } from './spineParts';

/**
 * The structures of the detailed model: those with detailed parts, nested as in the full list where their parent
 * is among them too (a nucleus in its disc), at the root otherwise.
 */
function detailStructures(parts: readonly ModelPart[]): StructureInfo[] {
  const ids = new Set(parts.map((p) => p.id));
  return STRUCTURES.filter((s) => ids.has(s.id)).map((s) => ({ ...s, parent: s.parent && ids.has(s.parent) ? s.parent : undefined }));
}

/**
 * The default model in its neutral pose, compressed, as two documents: `light` (lumbar-spine.glb), every
 * structure, for the first 3D frame; `detail` (lumbar-spine-detail.glb), the bones, discs and nuclei the scene
 * swaps in by node name once it has arrived. Pass parts already collected to build them again without the (slow)
 * geometry run.
 */
export async function buildSpineDocuments(given?: SpineParts): Promise<{ light: Document; detail: Document }> {
  const parts = given ?? (await collectSpineParts());
  const light = assembleDocument(parts.light, neutralPose(), 'lumbar-spine');
  const detail = assembleDocument(parts.detail, neutralPose(), 'lumbar-spine-detail', detailStructures(parts.detail));
  await compressDocument(light);
  await compressDocument(detail);
  return { light, detail };
}
