import type { Document, Node } from '@gltf-transform/core';
import { Matrix4 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelIO } from '../../scripts/models/modelIO';
import { matrixToSceneUnits } from '../../src/anatomy/sceneUnits';
import { collectSpineParts } from '../../scripts/models/spineParts';
import { buildSpineDocuments } from '../../scripts/models/spineDocument';
import { countTriangles } from '../../scripts/models/writeModels';
import { SEGMENTS, SIDES } from '../../src/anatomy/levels';
import { BONE_IDS, neutralPose } from '../../src/anatomy/posture';
import { STRUCTURES } from '../../src/anatomy/structures';

/** The light model draws the first 3D frame: a few hundred KB (half the old single model's budget). */
const MAX_LIGHT_GLB_BYTES = 500_000;
/** Light and detailed models together, what a reader downloads for the whole default model. */
const MAX_GLB_BYTES = 1_200_000;
const MAX_TRIANGLES = 300_000;

let glb: Uint8Array;
let glbAgain: Uint8Array;
let detailGlb: Uint8Array;
let triangles: number;
let spine: Document;
let nodes: Map<string, Node>;
let detailNodes: Map<string, Node>;

const byName = (document: Document) => new Map(document.getRoot().listNodes().map((node) => [node.getName(), node]));

// The geometry is generated once (the slow part); the glTF pipeline then runs twice on it.
beforeAll(async () => {
  const io = await createModelIO();
  const parts = await collectSpineParts();
  const documents = await buildSpineDocuments(parts);
  triangles = countTriangles(documents.light) + countTriangles(documents.detail);
  glb = await io.writeBinary(documents.light);
  detailGlb = await io.writeBinary(documents.detail);
  glbAgain = await io.writeBinary((await buildSpineDocuments(parts)).light);
  spine = await io.readBinary(glb);
  nodes = byName(spine);
  detailNodes = byName(await io.readBinary(detailGlb));
}, 300_000);

function triangleIndices(node: Node): Uint32Array {
  const primitive = node.getMesh()!.listPrimitives()[0]!;
  return Uint32Array.from(primitive.getIndices()!.getArray()!);
}

/** The bones a skinned node follows: the joints its extras name, by name. */
function followedBones(node: Node): string[] | undefined {
  const joints = node.getSkin()?.listJoints();
  const listed = (node.getExtras() as { skinJoints?: number[] }).skinJoints;
  return joints && listed?.map((joint) => joints[joint]!.getName());
}

/** The bones a skinned node's vertices actually lean on (a weight above zero), by name. */
function weightedBones(node: Node): Set<string> {
  const joints = node.getSkin()!.listJoints();
  const primitive = node.getMesh()!.listPrimitives()[0]!;
  const [index, weight] = [primitive.getAttribute('JOINTS_0')!, primitive.getAttribute('WEIGHTS_0')!];
  const used = new Set<string>();
  for (let v = 0; v < index.getCount(); v++) {
    const [i, w] = [index.getElement(v, []), weight.getElement(v, [])];
    i.forEach((joint, k) => w[k]! > 0 && used.add(joints[joint]!.getName()));
  }
  return used;
}

function positions(node: Node): Set<string> {
  const position = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
  const out = new Set<string>();
  for (let i = 0; i < position.getCount(); i++) out.add(position.getElement(i, []).join(','));
  return out;
}

describe('the default model (lumbar-spine.glb, light, drawn first)', () => {
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

  it('keeps every bone mesh closed after weld and quantization, light and detailed (each edge shared by exactly two triangles)', () => {
    for (const [bone, node] of BONE_IDS.flatMap((bone) => [[bone, nodes.get(bone)!], [`${bone} (detail)`, detailNodes.get(bone)!]] as const)) {
      const indices = triangleIndices(node);
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
        expect(followedBones(nodes.get(id)!), id).toEqual(expected);
        expect([...weightedBones(nodes.get(id)!)].sort(), id).toEqual([...expected].sort());
      }
    }
  });

  it('gives every skinned structure the one skin of all bones (one skeleton in the scene), naming the bones each follows', () => {
    const skinned = [...nodes.values()].filter((node) => node.getSkin());
    expect(skinned.length).toBeGreaterThan(50);
    expect(spine.getRoot().listSkins()).toHaveLength(1);
    expect(spine.getRoot().listSkins()[0]!.listJoints().map((j) => j.getName())).toEqual(BONE_IDS);
    // Its bounds are carried by the bones it names: every bone a vertex leans on must be among them.
    for (const node of skinned) {
      const followed = new Set(followedBones(node));
      expect([...weightedBones(node)].filter((bone) => !followed.has(bone)), node.getName()).toEqual([]);
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

  it('stays within budget: the light model at most 500 KB, light and detailed together at most 1.2 MB and 300k triangles', () => {
    expect(glb.length).toBeLessThanOrEqual(MAX_LIGHT_GLB_BYTES);
    expect(glb.length + detailGlb.length).toBeLessThanOrEqual(MAX_GLB_BYTES);
    expect(triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
  });

  it('is deterministic: the same geometry gives identical bytes (no timestamps, stable order)', () => {
    expect(Buffer.from(glbAgain).equals(Buffer.from(glb))).toBe(true);
  });
});

describe('the detailed bones and discs (lumbar-spine-detail.glb, swapped in by node name)', () => {
  const refined = [...BONE_IDS, ...SEGMENTS.flatMap((segment) => [`disc-${segment}`, `disc-${segment}-nucleus`])];

  it('holds exactly the bones, discs and nuclei, each also in the light model', () => {
    expect([...detailNodes.keys()].sort()).toEqual([...refined].sort());
    for (const id of refined) expect(nodes.get(id)?.getMesh(), id).toBeTruthy();
  });

  it('draws each at least three times as finely as the light model', () => {
    for (const id of refined) {
      expect(triangleIndices(detailNodes.get(id)!).length, id).toBeGreaterThanOrEqual(3 * triangleIndices(nodes.get(id)!).length);
    }
  });

  it('places each bone where the light model does and skins each disc and nucleus to the same joints in the same order', () => {
    for (const bone of BONE_IDS) expect(detailNodes.get(bone)!.getMatrix()).toEqual(nodes.get(bone)!.getMatrix());
    for (const id of refined.filter((id) => !BONE_IDS.includes(id as never))) {
      const joints = (map: Map<string, Node>) => map.get(id)!.getSkin()?.listJoints().map((j) => j.getName());
      expect(joints(detailNodes), id).toEqual(joints(nodes));
      expect(followedBones(detailNodes.get(id)!), id).toEqual(followedBones(nodes.get(id)!));
    }
  });

  it('keeps every light bone vertex on the detailed surface (the light bone is simplified from it), so the swap cannot jump', () => {
    for (const bone of BONE_IDS) {
      const detailed = positions(detailNodes.get(bone)!);
      const missing = [...positions(nodes.get(bone)!)].filter((p) => !detailed.has(p));
      expect(missing, bone).toEqual([]);
    }
  });
});
