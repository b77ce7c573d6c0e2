import { Box3, Mesh, type Object3D } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { VARIANT_STRUCTURES } from '../anatomy/variants/variantStructures';
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

  constructor(readonly root: Object3D) {
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
      const look = new StructureMaterial(info.kind, startHidden);
      object.material = look.material;
      this.parts.push({ id, mesh: object, look });
    });
  }

  /** World-space bounds of the given structures (all bones when empty). */
  bounds(ids: readonly string[]): Box3 {
    const box = new Box3();
    this.root.updateWorldMatrix(true, true);
    for (const part of this.parts) {
      const wanted = ids.length > 0 ? ids.includes(part.id) : STRUCTURE_BY_ID.get(part.id)?.kind === 'bone';
      if (wanted) box.expandByObject(part.mesh);
    }
    return box;
  }

  dispose(): void {
    for (const part of this.parts) part.look.material.dispose();
  }
}
