import type { Document, Node } from '@gltf-transform/core';
import { Matrix4 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelIO } from '../../scripts/models/modelIO';
import { matrixToSceneUnits } from '../../src/anatomy/sceneUnits';
import { collectSpineParts } from '../../scripts/models/spineParts';
import { buildSpineDocument } from '../../scripts/models/spineDocument';
import { countTriangles } from '../../scripts/models/writeModels';
import { SEGMENTS, SIDES } from '../../src/anatomy/levels';
import { BONE_IDS, neutralPose } from '../../src/anatomy/posture';
import { STRUCTURES } from '../../src/anatomy/structures';

const MAX_GLB_BYTES = 1_000_000;
const MAX_TRIANGLES = 300_000;

let glb: Uint8Array;
let glbAgain: Uint8Array;
let triangles: number;
let spine: Document;
let nodes: Map<string, Node>;

// The geometry is generated once (the slow part); the glTF pipeline then runs twice on it.
beforeAll(async () => {
  const io = await createModelIO();
  const parts = await collectSpineParts();
  const document = await buildSpineDocument(parts);
  triangles = countTriangles(document);
  glb = await io.writeBinary(document);
  glbAgain = await io.writeBinary(await buildSpineDocument(parts));
  spine = await io.readBinary(glb);
  nodes = new Map(spine.getRoot().listNodes().map((node) => [node.getName(), node]));
}, 300_000);

function triangleIndices(node: Node): Uint32Array {
  const primitive = node.getMesh()!.listPrimitives()[0]!;
  return Uint32Array.from(primitive.getIndices()!.getArray()!);
}

describe('the default model (lumbar-spine.glb)', () => {
  it('has exactly one node per structure id, named by it', () => {
    const names = spine.getRoot().listNodes().map((n) => n.getName());
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(STRUCTURES.map((s) => s.id).sort());
  });

  it('nests parts under their parent structure and draws each with its tissue kind’s material', () => {
    for (const structure of STRUCTURES) {
      const node = nodes.get(structure.id)!;
      const material = node.getMesh()?.listPrimitives()[0]?.getMaterial()?.getName();
      expect(material ?? null, structure.id).toBe(structure.kind === 'facet-joint' ? null : structure.kind);
      const parent = node.getParentNode();
      expect(parent?.getName()).toBe(structure.parent);
    }
  });

  it('draws every structure except the facet-joint groups, and none of them is empty', () => {
    for (const structure of STRUCTURES) {
      const mesh = nodes.get(structure.id)!.getMesh();
      if (structure.kind === 'facet-joint') {
        expect(mesh, structure.id).toBeNull();
        expect(nodes.get(structure.id)!.listChildren()).toHaveLength(4);
      } else {
        expect(triangleIndices(nodes.get(structure.id)!).length, structure.id).toBeGreaterThan(0);
      }
    }
  });

  it('places each bone node at its neutral pose, in metres', () => {
    const pose = neutralPose();
    for (const bone of BONE_IDS) {
      const expected = matrixToSceneUnits(pose[bone]).elements;
      const actual = new Matrix4().fromArray(nodes.get(bone)!.getMatrix()).elements;
      actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
    }
  });

  it('keeps every bone mesh closed after weld and quantization (each edge shared by exactly two triangles)', () => {
    for (const bone of BONE_IDS) {
      const indices = triangleIndices(nodes.get(bone)!);
      const key = (a: number, b: number) => a * 0x100000 + b;
      const directed = new Map<number, number>();
      for (let t = 0; t < indices.length; t += 3) {
        for (let k = 0; k < 3; k++) {
          const edge = key(indices[t + k]!, indices[t + ((k + 1) % 3)]!);
          directed.set(edge, (directed.get(edge) ?? 0) + 1);
        }
      }
      // Closed and consistently wound: each directed edge once, and its reverse once.
      let broken = 0;
      for (const [edge, count] of directed) {
        const reverse = key(edge % 0x100000, Math.floor(edge / 0x100000));
        if (count !== 1 || directed.get(reverse) !== 1) broken++;
      }
      expect(broken, `${bone}: edges not shared by exactly two triangles`).toBe(0);
    }
  });

  it('skins each disc and facet part to the two bones of its segment, so it follows their motion', () => {
    for (const segment of SEGMENTS) {
      const [upper, lower] = segment.split('-');
      const expected = [upper, lower === 'S1' ? 'sacrum' : lower];
      const parts = [`disc-${segment}`, `disc-${segment}-nucleus`, ...SIDES.map((side) => `facet-${segment}-${side}-capsule`)];
      for (const id of parts) {
        const joints = nodes.get(id)!.getSkin()?.listJoints().map((j) => j.getName());
        expect(joints, id).toEqual(expected);
      }
    }
  });

  it('binds every skinned structure in the neutral pose (joint world matrix × inverse bind = identity)', () => {
    const identity = new Matrix4().elements;
    for (const node of nodes.values()) {
      const skin = node.getSkin();
      if (!skin) continue;
      const inverseBinds = skin.getInverseBindMatrices()!;
      skin.listJoints().forEach((joint, i) => {
        const bind = new Matrix4().fromArray(inverseBinds.getElement(i, []));
        const product = new Matrix4().fromArray(joint.getWorldMatrix()).multiply(bind).elements;
        product.forEach((v, k) => expect(v, `${node.getName()} joint ${joint.getName()}`).toBeCloseTo(identity[k]!, 5));
      });
    }
  });

  it('stays within budget: at most 1 MB and 300k triangles', () => {
    expect(glb.length).toBeLessThanOrEqual(MAX_GLB_BYTES);
    expect(triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
  });

  it('is deterministic: the same geometry gives identical bytes (no timestamps, stable order)', () => {
    expect(Buffer.from(glbAgain).equals(Buffer.from(glb))).toBe(true);
  });
});
