import { Bone, BoxGeometry, Float32BufferAttribute, MeshBasicMaterial, Raycaster, Skeleton, SkinnedMesh, Uint16BufferAttribute, Vector3 } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { PosedRays } from '../../src/scene/labels/posedRays';

/** A 2 cm box skinned whole to one bone, the bone then moved `shiftX` along x: drawn there, not at its rest place. */
function shiftedBox(shiftX: number): SkinnedMesh {
  const geometry = new BoxGeometry(0.02, 0.02, 0.02, 4, 4, 4);
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(new Uint16Array(count * 4), 4));
  geometry.setAttribute('skinWeight', new Float32BufferAttribute(new Float32Array(count * 4).map((_, i) => (i % 4 === 0 ? 1 : 0)), 4));
  const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial());
  const bone = new Bone();
  mesh.add(bone);
  mesh.bind(new Skeleton([bone]));
  bone.position.x = shiftX;
  mesh.updateMatrixWorld(true);
  mesh.computeBoundingSphere();
  return mesh;
}

/** A ray from 0.3 m in front, straight back toward (x, 1.3 mm, 0): off the box's grid lines, so it meets one triangle. */
function rayAt(x: number): Raycaster {
  return new Raycaster(new Vector3(x, 0.0013, 0.3), new Vector3(0, 0, -1));
}

describe('rays against skinned meshes, each posed once (PosedRays)', () => {
  it('meets the mesh where it is drawn, names the mesh itself, and agrees with three’s own skinned raycast', () => {
    const mesh = shiftedBox(0.05);
    const rays = new PosedRays();
    expect(rays.intersect(rayAt(0), [mesh])).toEqual([]);
    const [hit] = rays.intersect(rayAt(0.051), [mesh]);
    expect(hit?.object).toBe(mesh);
    const [own] = rayAt(0.051).intersectObject(mesh, false);
    expect(hit?.point.z).toBeCloseTo(own!.point.z, 6);
    expect(hit?.point.z).toBeCloseTo(0.01, 6);
    expect([hit?.face?.a, hit?.face?.b, hit?.face?.c]).toEqual([own!.face!.a, own!.face!.b, own!.face!.c]);
  });

  it('poses each vertex once for all the rays of a measurement, and never a mesh no ray comes near', () => {
    const met = shiftedBox(0.05);
    const far = shiftedBox(0.5);
    const posedMet = vi.spyOn(met, 'getVertexPosition');
    const posedFar = vi.spyOn(far, 'getVertexPosition');
    const rays = new PosedRays();
    for (const x of [0.047, 0.051, 0.053]) expect(rays.intersect(rayAt(x), [met, far]).map((hit) => hit.object)).toEqual([met]);
    expect(posedMet).toHaveBeenCalledTimes(met.geometry.getAttribute('position').count);
    expect(posedFar).not.toHaveBeenCalled();
  });

  it('tests no triangle of a mesh lying wholly beyond the ray’s far limit, and still meets one that reaches nearer', () => {
    const front = shiftedBox(0);
    const behind = shiftedBox(0);
    behind.position.z = -0.2;
    behind.updateMatrixWorld(true);
    const posedBehind = vi.spyOn(behind, 'getVertexPosition');
    const rays = new PosedRays();
    // An occlusion ray stops 0.1 m short of the far box: only the front box (its face at z = 0.01) can cover.
    const ray = rayAt(0.001);
    ray.far = 0.3;
    expect(rays.intersect(ray, [front, behind]).map((hit) => hit.object)).toEqual([front]);
    expect(posedBehind).not.toHaveBeenCalled();
    // A limit just past the far box's front face (z = -0.19) meets it as well.
    ray.far = 0.495;
    expect(rays.intersect(ray, [front, behind]).map((hit) => hit.object)).toEqual([front, behind]);
  });
});
