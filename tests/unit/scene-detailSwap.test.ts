import { Bone, Box3, BufferGeometry, Float32BufferAttribute, Group, Skeleton, SkinnedMesh, SphereGeometry, Uint16BufferAttribute, Vector3 } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { ModelIndex } from '../../src/scene/modelIndex';

/** A sphere of 1 cm skinned wholly to one bone. */
function skinnedToFirstBone(geometry: BufferGeometry): BufferGeometry {
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(new Uint16Array(count * 4), 4));
  geometry.setAttribute('skinWeight', new Float32BufferAttribute(new Float32Array(count * 4).map((_, i) => (i % 4 === 0 ? 1 : 0)), 4));
  return geometry;
}

/**
 * A disc skinned to L4, with L4 posed (turned and moved) away from where it was bound. Like the model's meshes, it is
 * bound to a skeleton of more bones than it follows (here also L1, moved far off) and names its own (`skinJoints`).
 */
function posedModel(): { root: Group; disc: SkinnedMesh } {
  const root = new Group();
  const [l4, l1] = ['L4', 'L1'].map((name) => {
    const bone = new Bone();
    bone.name = name;
    root.add(bone);
    return bone;
  }) as [Bone, Bone];
  const disc = new SkinnedMesh(skinnedToFirstBone(new SphereGeometry(0.01, 8, 6)));
  disc.name = 'disc-L4-L5';
  disc.userData.skinJoints = [0];
  root.add(disc);
  root.updateMatrixWorld(true);
  disc.bind(new Skeleton([l4, l1]));
  l1.position.set(0, 0.2, 0);
  l4.rotation.set(0.3, 0.2, 0.1);
  l4.position.set(0.004, -0.002, 0.003);
  root.updateMatrixWorld(true);
  disc.skeleton.update();
  disc.computeBoundingBox();
  disc.computeBoundingSphere();
  return { root, disc };
}

describe('indexing the loaded model', () => {
  it('gives a skinned structure bounds around it as posed, from its bones, without posing every vertex', () => {
    const { root, disc } = posedModel();
    const exact = disc.boundingBox.clone();
    disc.boundingBox = null as unknown as Box3;
    const posing = vi.spyOn(disc, 'getVertexPosition');
    new ModelIndex(root);
    expect(posing).not.toHaveBeenCalled();
    expect(disc.boundingBox.containsBox(exact.clone().expandByScalar(-1e-9))).toBe(true);
    // Carried by the bone it follows only: the skeleton's other bone, 20 cm away, does not stretch them.
    const size = (box: Box3) => box.getSize(new Vector3()).length();
    expect(size(disc.boundingBox)).toBeLessThan(1.5 * size(exact));
  });
});

describe('swapping in the detailed geometry', () => {
  it("keeps a skinned structure's bounds around its posed detailed surface, without posing every vertex again", () => {
    const { root, disc } = posedModel();
    const index = new ModelIndex(root);
    const detailScene = new Group();
    const detailed = new SkinnedMesh(skinnedToFirstBone(new SphereGeometry(0.01, 48, 32)));
    detailed.name = 'disc-L4-L5';
    detailScene.add(detailed);
    index.beginDetail();
    index.receiveDetail(detailScene);
    const posing = vi.spyOn(disc, 'getVertexPosition');
    index.refine();
    expect(disc.geometry).toBe(detailed.geometry);
    expect(posing).not.toHaveBeenCalled();
    posing.mockRestore();

    const exact = new Box3();
    const vertex = new Vector3();
    for (let i = 0; i < detailed.geometry.getAttribute('position').count; i++) exact.expandByPoint(disc.getVertexPosition(i, vertex));
    // Every posed detailed vertex lies within the bounds (culling and picking never miss it)...
    expect(disc.boundingBox.containsBox(exact.clone().expandByScalar(-1e-9))).toBe(true);
    for (const corner of [exact.min, exact.max]) expect(disc.boundingSphere.distanceToPoint(corner)).toBeLessThanOrEqual(1e-9);
    // ...and they are not much larger than the exact ones (the rest box turned with the bone, then boxed again).
    const size = (box: Box3) => box.getSize(new Vector3()).length();
    expect(size(disc.boundingBox)).toBeLessThan(1.5 * size(exact));
  });
});
