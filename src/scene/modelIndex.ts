import { Mesh, SkinnedMesh, type Object3D } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { VARIANT_STRUCTURES } from '../anatomy/variants/variantStructures';
import { setPosedBounds } from './partBounds';
import { StructureMaterial } from './structureMaterial';
import { structureIdOf } from './structureLook';

export interface StructurePart {
  id: string;
  mesh: Mesh;
  look: StructureMaterial;
}

const MODEL_OF_VARIANT = new Map(VARIANT_STRUCTURES.map((s) => [s.id, s.model]));

/**
 * The loaded model, indexed by structure id: each mesh gets its own fading material.
 * Built once per loaded scene; variant glbs grafted onto it later add their parts (graftVariant.ts).
 */
export class ModelIndex {
  readonly parts: StructurePart[] = [];
  readonly nodes = new Map<string, Object3D>();
  /** Variant glbs (paths relative to public/models/) whose pieces are in the model. */
  readonly grafted = new Set<string>();
  /**
   * Where the detailed bones and discs are: `light` until their glb is asked for, `loading`, `arrived` (swapped in
   * at the next frame), `detailed` once drawn from it, or `failed` (the light ones stay, complete in themselves).
   */
  detail: 'light' | 'loading' | 'arrived' | 'detailed' | 'failed' = 'light';
  /** Bumped when parts' geometry is swapped: what holds a vertex index of a part must look it up again. */
  geometryVersion = 0;
  private pendingDetail: Mesh[] = [];

  constructor(readonly root: Object3D) {
    root.updateMatrixWorld(true);
    this.register(root, false);
  }

  /** Indexes the objects a variant glb brought in; they start faded out and fade in when the look shows them. */
  addVariant(model: string, objects: readonly Object3D[]): void {
    for (const object of objects) this.register(object, true);
    this.grafted.add(model);
  }

  private register(subtree: Object3D, startHidden: boolean): void {
    subtree.traverse((object) => {
      if (STRUCTURE_BY_ID.has(object.name)) this.nodes.set(object.name, object);
      const model = MODEL_OF_VARIANT.get(object.name);
      if (model) this.grafted.add(model);
      if (!(object instanceof Mesh)) return;
      const id = structureIdOf(object);
      const info = id ? STRUCTURE_BY_ID.get(id) : undefined;
      if (!id || !info) return;
      // Bounds for the first frame's culling from the bones, not from posing every vertex (setPosedBounds).
      if (object instanceof SkinnedMesh && !startHidden) setPosedBounds(object);
      const look = new StructureMaterial(info.kind, startHidden);
      object.material = look.material;
      this.parts.push({ id, mesh: object, look });
    });
  }

  /** Asked for the detailed model (lumbar-spine-detail.glb). */
  beginDetail(): void {
    if (this.detail === 'light') this.detail = 'loading';
  }

  /**
   * The detailed model arrived (null: it failed): its meshes replace the parts' of the same structure id at the next
   * frame (refine). The light parts' vertices lie on the detailed surfaces, so the swap refines shapes without moving them.
   */
  receiveDetail(detailScene: Object3D | null): void {
    if (this.detail !== 'loading') return;
    if (!detailScene) {
      this.detail = 'failed';
      return;
    }
    detailScene.traverse((object) => {
      const id = object instanceof Mesh ? structureIdOf(object) : null;
      if (id && this.parts.some((part) => part.id === id)) this.pendingDetail.push(object as Mesh);
    });
    this.detail = 'arrived';
  }

  /**
   * Swaps the detailed meshes in, all in one frame: what holds vertex indices (label anchors) then looks them up
   * once, and no frame shows some structures light and others detailed.
   */
  refine(): void {
    if (this.detail !== 'arrived') return;
    for (const detail of this.pendingDetail) this.swapGeometry(detail);
    this.pendingDetail = [];
    this.geometryVersion += 1;
    this.detail = 'detailed';
  }

  /** Stops waiting for the detailed model (the scene unmounted): the next index may ask again. */
  cancelDetail(): void {
    this.pendingDetail = [];
    if (this.detail === 'loading' || this.detail === 'arrived') this.detail = 'light';
  }

  /** Draws a structure from a detailed mesh of the same id: only the geometry changes (node, material, fade, skin stay). */
  private swapGeometry(detail: Mesh): void {
    const id = structureIdOf(detail);
    for (const part of this.parts) {
      if (part.id !== id || part.mesh.geometry === detail.geometry) continue;
      const light = part.mesh.geometry;
      part.mesh.geometry = detail.geometry;
      if (part.mesh instanceof SkinnedMesh) setPosedBounds(part.mesh);
      light.dispose();
    }
  }

  dispose(): void {
    for (const part of this.parts) part.look.material.dispose();
  }
}
