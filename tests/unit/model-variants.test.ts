/**
 * The committed variant glbs (public/models/variants/): what the scene grafts onto the default model when a
 * story step or the doctor asks for a transitional vertebra or a degenerated joint.
 */
import { readFile } from 'node:fs/promises';
import type { Document, Node } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelIO } from '../../scripts/models/modelIO';
import { BONE_IDS } from '../../src/anatomy/posture';
import { VARIANT_MODELS, VARIANT_STRUCTURES } from '../../src/anatomy/variants/variantStructures';

/** Issue budget: all variant geometry together adds at most 1 MB. */
const MAX_VARIANT_BYTES = 1_000_000;

const documents = new Map<string, Document>();
const sizes = new Map<string, number>();

beforeAll(async () => {
  const io = await createModelIO();
  for (const model of VARIANT_MODELS) {
    const bytes = await readFile(new URL(`../../public/models/${model}`, import.meta.url));
    sizes.set(model, bytes.length);
    documents.set(model, await io.readBinary(new Uint8Array(bytes)));
  }
});

const nodesOf = (model: string): Map<string, Node> =>
  new Map(documents.get(model)!.getRoot().listNodes().map((node) => [node.getName(), node]));

describe('variant models', () => {
  it('add at most 1 MB together', () => {
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(MAX_VARIANT_BYTES);
  });

  it.each(VARIANT_MODELS)('%s holds exactly its variant pieces, each with a mesh', (model) => {
    const nodes = nodesOf(model);
    const expected = VARIANT_STRUCTURES.filter((s) => s.model === model).map((s) => s.id);
    const pieces = [...nodes.keys()].filter((name) => !(BONE_IDS as readonly string[]).includes(name));
    expect(pieces.sort()).toEqual([...expected].sort());
    for (const id of expected) expect(nodes.get(id)!.getMesh(), `${id} mesh`).not.toBeNull();
  });

  it.each(VARIANT_MODELS)('%s: pieces of bone sit under their anchor bone, skinned tissue follows anchor bones', (model) => {
    const nodes = nodesOf(model);
    const scene = documents.get(model)!.getRoot().listScenes()[0]!;
    for (const structure of VARIANT_STRUCTURES.filter((s) => s.model === model)) {
      const node = nodes.get(structure.id)!;
      if (structure.anchor) {
        expect(node.getParentNode()?.getName(), `${structure.id} parent`).toBe(structure.anchor);
        expect(node.getSkin()).toBeNull();
      } else {
        const joints = node.getSkin()?.listJoints().map((j) => j.getName()) ?? [];
        expect(joints.length, `${structure.id} joints`).toBeGreaterThan(0);
        for (const joint of joints) expect(scene.listChildren().map((c) => c.getName())).toContain(joint);
      }
    }
  });
});
