import { BufferGeometry, Float32BufferAttribute, Matrix4, Mesh, Ray, Sphere, SkinnedMesh, Vector3, type Intersection, type Object3D, type Raycaster } from 'three';

const vertex = new Vector3();
const sphere = new Sphere();
const localRay = new Ray();
const toLocal = new Matrix4();

/** Whether a ray may meet a skinned mesh as posed now: its world bounding sphere, then its own box (partBounds). */
function mayMeet(ray: Ray, mesh: SkinnedMesh): boolean {
  if (mesh.boundingSphere && !ray.intersectsSphere(sphere.copy(mesh.boundingSphere).applyMatrix4(mesh.matrixWorld))) return false;
  const box = mesh.boundingBox as SkinnedMesh['boundingBox'] | null;
  return !box || localRay.copy(ray).applyMatrix4(toLocal.copy(mesh.matrixWorld).invert()).intersectsBox(box);
}

/**
 * Whether some of the mesh may lie nearer than the raycaster's far limit: its world bounding sphere begins before it.
 * An occlusion ray stops at its anchor, and three tests every triangle of a mesh its ray passes, behind the anchor too.
 */
function mayBeNear(raycaster: Raycaster, mesh: Mesh): boolean {
  const bounds = mesh instanceof SkinnedMesh ? mesh.boundingSphere : mesh.geometry.boundingSphere;
  if (raycaster.far === Infinity || !bounds) return true;
  sphere.copy(bounds).applyMatrix4(mesh.matrixWorld);
  return sphere.center.distanceTo(raycaster.ray.origin) - sphere.radius <= raycaster.far;
}

/**
 * Rays against the model for one label measurement, each skinned mesh posed once. For every ray, three poses a
 * skinned triangle's vertices on the CPU, each vertex once for every triangle it is in, with four bone matrices
 * multiplied each time: frames casting a label's rays took 60–120 ms at load in profiled Lighthouse runs here, mostly
 * posing vertices. A skinned mesh a ray may meet is instead posed whole, once, into a plain copy that the
 * measurement's later rays reuse. The copy keeps the pose of its first ray: a measurement is short, and the labels are
 * measured again as the picture changes.
 */
export class PosedRays {
  private readonly copies = new Map<SkinnedMesh, Mesh>();
  private readonly originals = new Map<Object3D, Mesh>();

  /** The raycaster's hits on the meshes, nearest first, each naming the mesh given (not its posed copy). */
  intersect(raycaster: Raycaster, meshes: readonly Mesh[]): Intersection[] {
    const near = meshes.filter((mesh) => mayBeNear(raycaster, mesh));
    const targets = near.map((mesh) => (mesh instanceof SkinnedMesh && mayMeet(raycaster.ray, mesh) ? this.copyOf(mesh) : mesh));
    const hits = raycaster.intersectObjects(targets, false);
    for (const hit of hits) hit.object = this.originals.get(hit.object) ?? hit.object;
    return hits;
  }

  private copyOf(mesh: SkinnedMesh): Mesh {
    const made = this.copies.get(mesh);
    if (made) return made;
    const { geometry } = mesh;
    const count = geometry.getAttribute('position').count;
    const posed = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) mesh.getVertexPosition(i, vertex).toArray(posed, i * 3);
    const copyGeometry = new BufferGeometry();
    copyGeometry.setAttribute('position', new Float32BufferAttribute(posed, 3));
    copyGeometry.setIndex(geometry.index);
    copyGeometry.setDrawRange(geometry.drawRange.start, geometry.drawRange.count);
    const copy = new Mesh(copyGeometry, mesh.material);
    copy.matrixAutoUpdate = false;
    copy.matrixWorld.copy(mesh.matrixWorld);
    copy.layers.mask = mesh.layers.mask;
    this.copies.set(mesh, copy);
    this.originals.set(copy, mesh);
    return copy;
  }
}
