import { Bone, BoxGeometry, Group, Matrix4, Mesh, Skeleton, SkinnedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { LSTV_MODEL } from '../../src/anatomy/variants/variantStructures';
import { graftVariant } from '../../src/scene/graftVariant';
import { ModelIndex } from '../../src/scene/modelIndex';

/** A tiny stand-in for the default model: bones L5 and sacrum, and one normal ligament. */
function defaultModel(): Group {
  const root = new Group();
  for (const name of ['L5', 'sacrum']) {
    const bone = new Bone();
    bone.name = name;
    bone.position.set(0, name === 'L5' ? 0.04 : 0, 0);
    root.add(bone);
  }
  const ligament = new Mesh(new BoxGeometry());
  ligament.name = 'iliolumbar-ligament-left';
  root.add(ligament);
  root.updateMatrixWorld(true);
  return root;
}

/** The same layout the variant glbs have: empty bone nodes, a piece under its anchor, a skinned spanning part. */
function lstvScene(): Group {
  const root = new Group();
  const bones = ['L5', 'sacrum'].map((name) => {
    const bone = new Bone();
    bone.name = name;
    root.add(bone);
    return bone;
  });
  const piece = new Mesh(new BoxGeometry());
  piece.name = 'lstv-L5-left-pseudo-joint';
  piece.position.set(0.01, 0, 0);
  bones[0]!.add(piece);
  const thin = new SkinnedMesh(new BoxGeometry());
  thin.name = 'iliolumbar-ligament-left-thin';
  thin.bind(new Skeleton(bones, [new Matrix4(), new Matrix4()]), new Matrix4());
  root.add(thin);
  return root;
}

describe('grafting a variant glb onto the loaded model', () => {
  it('puts pieces of bone under the model bone of the same name, keeping their local transform', () => {
    const index = new ModelIndex(defaultModel());
    graftVariant(index, LSTV_MODEL, lstvScene());
    const piece = index.nodes.get('lstv-L5-left-pseudo-joint')!;
    expect(piece.parent).toBe(index.nodes.get('L5'));
    expect(piece.position.x).toBeCloseTo(0.01);
  });

  it('rebinds skinned tissue to the model bones, so the posture moves it', () => {
    const index = new ModelIndex(defaultModel());
    graftVariant(index, LSTV_MODEL, lstvScene());
    const thin = index.nodes.get('iliolumbar-ligament-left-thin') as SkinnedMesh;
    expect(thin.parent).toBe(index.root);
    expect(thin.skeleton.bones).toEqual([index.nodes.get('L5'), index.nodes.get('sacrum')]);
  });

  it('indexes the new parts faded out, so they fade in, and grafts each glb once', () => {
    const index = new ModelIndex(defaultModel());
    const before = index.parts.length;
    graftVariant(index, LSTV_MODEL, lstvScene());
    graftVariant(index, LSTV_MODEL, lstvScene());
    expect(index.parts.length).toBe(before + 2);
    expect(index.grafted).toEqual(new Set([LSTV_MODEL]));
    const added = index.parts.slice(before);
    expect(added.map((p) => p.id).sort()).toEqual(['iliolumbar-ligament-left-thin', 'lstv-L5-left-pseudo-joint']);
    expect(added.every((p) => !p.look.drawn)).toBe(true);
  });

  it('finds pieces already grafted when the model is indexed again', () => {
    const first = new ModelIndex(defaultModel());
    graftVariant(first, LSTV_MODEL, lstvScene());
    expect(new ModelIndex(first.root).grafted.has(LSTV_MODEL)).toBe(true);
  });
});
