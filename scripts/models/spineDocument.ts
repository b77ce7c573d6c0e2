import type { Document } from '@gltf-transform/core';
import { neutralPose } from '../../src/anatomy/posture';
import { assembleDocument } from './assembleDocument';
import { compressDocument } from './compress';
import type { ModelPart } from './modelParts';
import { collectSpineParts } from './spineParts';

/**
 * The default model (public/models/lumbar-spine.glb): every structure in its neutral pose, compressed.
 * Pass parts already collected to build several documents from one (slow) geometry run.
 */
export async function buildSpineDocument(parts?: readonly ModelPart[]): Promise<Document> {
  const document = assembleDocument(parts ?? (await collectSpineParts()), neutralPose(), 'lumbar-spine');
  await compressDocument(document);
  return document;
}
