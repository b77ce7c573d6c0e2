import { InstancedMesh, SkinnedMesh, Texture, type BufferGeometry, type Material, type Object3D, type Skeleton } from 'three';

/**
 * Disposes every geometry, material, texture, skeleton and instance buffer under `root`, keeping the objects
 * themselves: the renderer uploads them again on the next frame it draws. Called when the WebGL context is lost, so
 * the renderer's old bookkeeping lets go of them (their dispose listeners, programs and buffers); after the restore
 * exactly one set of GPU resources is made, instead of one more set for every loss.
 */
export function releaseGpuResources(root: Object3D): void {
  const geometries = new Set<BufferGeometry>();
  const materials = new Set<Material>();
  const skeletons = new Set<Skeleton>();
  const instanced: InstancedMesh[] = [];
  root.traverse((object) => {
    const drawable = object as Object3D & { geometry?: BufferGeometry; material?: Material | Material[] };
    if (drawable.geometry) geometries.add(drawable.geometry);
    for (const material of [drawable.material ?? []].flat()) materials.add(material);
    if (object instanceof SkinnedMesh) skeletons.add(object.skeleton);
    if (object instanceof InstancedMesh) instanced.push(object);
  });
  const textures = new Set<Texture>();
  for (const material of materials) {
    for (const value of Object.values(material)) if (value instanceof Texture) textures.add(value);
  }
  for (const mesh of instanced) mesh.dispose();
  for (const skeleton of skeletons) skeleton.dispose();
  for (const texture of textures) texture.dispose();
  for (const material of materials) material.dispose();
  for (const geometry of geometries) geometry.dispose();
}
