import type { Document, Node } from '@gltf-transform/core';
import { Matrix4 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModelIO } from '../../src/anatomy/gltf/modelIO';
import { buildManifest, DEFAULT_MODEL, MANIFEST, manifestJson } from '../../src/anatomy/gltf/manifest';
import { matrixToSceneUnits } from '../../src/anatomy/gltf/sceneUnits';
import { encodeModels, type ModelFile } from '../../src/anatomy/gltf/writeModels';
import { SEGMENTS, SIDES } from '../../src/anatomy/levels';
import { BONE_IDS, neutralPose } from '../../src/anatomy/posture';
import { STRUCTURES } from '../../src/anatomy/structures';

const MAX_GLB_BYTES = 1_000_000;
const MAX_TRIANGLES = 300_000;

let files: ModelFile[];
let secondBuild: ModelFile[];
let spine: Document;
let nodes: Map<string, Node>;

beforeAll(async () => {
  files = await encodeModels();
  secondBuild = await encodeModels();
  const io = await createModelIO();
  spine = await io.readBinary(files.find((f) => f.path === DEFAULT_MODEL)!.bytes);
  nodes = new Map(spine.getRoot().listNodes().map((node) => [node.getName(), node]));
}, 120_000);

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

  it('nests parts under their parent structure and tags every node with its kind', () => {
    for (const structure of STRUCTURES) {
      const node = nodes.get(structure.id)!;
      expect(node.getExtras()['kind']).toBe(structure.kind);
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
      const directed = new Map<string, number>();
      for (let t = 0; t < indices.length; t += 3) {
        for (let k = 0; k < 3; k++) {
          const key = `${indices[t + k]}>${indices[t + ((k + 1) % 3)]}`;
          directed.set(key, (directed.get(key) ?? 0) + 1);
        }
      }
      for (const [key, count] of directed) {
        const [a, b] = key.split('>');
        // Closed and consistently wound: each directed edge once, its reverse once.
        expect(count, `${bone} edge ${key}`).toBe(1);
        expect(directed.get(`${b}>${a}`), `${bone} edge ${key} has no twin`).toBe(1);
      }
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

  it('stays within budget: at most 1 MB and 300k triangles', () => {
    const glb = files.find((f) => f.path === DEFAULT_MODEL)!;
    expect(glb.bytes.length).toBeLessThanOrEqual(MAX_GLB_BYTES);
    expect(glb.triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
  });

  it('is deterministic: building twice gives identical bytes for every file', () => {
    expect(secondBuild.map((f) => f.path)).toEqual(files.map((f) => f.path));
    secondBuild.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(files[i]!.bytes)), file.path).toBe(true));
  });

  it('writes the manifest from structures.ts', () => {
    const manifest = files.find((f) => f.path === MANIFEST)!;
    expect(new TextDecoder().decode(manifest.bytes)).toBe(manifestJson(buildManifest([DEFAULT_MODEL])));
  });
});
