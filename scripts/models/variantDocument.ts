import type { Document } from '@gltf-transform/core';
import { SEGMENTS } from '../../src/anatomy/levels';
import { neutralPose } from '../../src/anatomy/posture';
import { STRUCTURE_BY_ID, type StructureInfo } from '../../src/anatomy/structures';
import { collectDegenerationParts, collectLstvParts } from './variantParts';
import { degenerationModel, LSTV_MODEL, VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';
import { assembleDocument } from './assembleDocument';
import { compressDocument } from './compress';
import type { ModelPart } from './modelParts';

/**
 * One variant glb: its anchor bones at the root, each carrying the pieces fixed to it, then the skinned parts.
 * In the file a piece is nested under its anchor, whatever its parent in the structure list (a facet joint).
 */
async function buildVariantDocument(model: string, parts: readonly ModelPart[]): Promise<Document> {
  const anchors: StructureInfo[] = parts
    .filter((p) => p.type === 'anchor')
    .map((p) => ({ ...STRUCTURE_BY_ID.get(p.id)!, parent: undefined }));
  const pieces: StructureInfo[] = VARIANT_STRUCTURES.filter((s) => s.model === model).map(({ model: _model, anchor, ...info }) => ({
    ...info,
    parent: anchor,
  }));
  const document = assembleDocument(parts, neutralPose(), model, [...anchors, ...pieces]);
  await compressDocument(document);
  return document;
}

/** Every variant glb and how to build it. */
export const VARIANT_RECIPES: readonly { path: string; build: () => Promise<Document> }[] = [
  { path: LSTV_MODEL, build: async () => buildVariantDocument(LSTV_MODEL, await collectLstvParts()) },
  ...SEGMENTS.map((segment) => ({
    path: degenerationModel(segment),
    build: async () => buildVariantDocument(degenerationModel(segment), await collectDegenerationParts(segment)),
  })),
];
