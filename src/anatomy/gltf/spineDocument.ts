import type { Document } from '@gltf-transform/core';
import { MeshoptSimplifier } from 'meshoptimizer';
import { neutralPose } from '../posture';
import { assembleDocument } from './assembleDocument';
import { compressDocument } from './compress';
import { BONE_TRIANGLE_BUDGET, simplifyBone } from './simplifyBone';
import { collectSpineParts } from './spineParts';

/** The default model (public/models/lumbar-spine.glb): every structure in its neutral pose, compressed. */
export async function buildSpineDocument(): Promise<Document> {
  await MeshoptSimplifier.ready;
  const parts = collectSpineParts().map((part) =>
    part.type === 'bone' ? { ...part, mesh: simplifyBone(part.mesh, BONE_TRIANGLE_BUDGET[part.bone]) } : part,
  );
  const document = assembleDocument(parts, neutralPose(), 'lumbar-spine');
  await compressDocument(document);
  return document;
}
