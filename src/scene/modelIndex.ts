import { Box3, Mesh, type Object3D } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { StructureMaterial } from './structureMaterial';
import { structureIdOf } from './structureLook';

export interface StructurePart {
  id: string;
  mesh: Mesh;
  look: StructureMaterial;
}

/**
 * The loaded model, indexed by structure id: each mesh gets its own fading material.
 * Built once per loaded scene.
 */
export class ModelIndex {
  readonly parts: StructurePart[] = [];
  readonly nodes = new Map<string, Object3D>();

  constructor(readonly root: Object3D) {
    root.traverse((object) => {
      if (STRUCTURE_BY_ID.has(object.name)) this.nodes.set(object.name, object);
      if (!(object instanceof Mesh)) return;
      const id = structureIdOf(object);
      const info = id ? STRUCTURE_BY_ID.get(id) : undefined;
      if (!id || !info) return;
      const look = new StructureMaterial(info.kind);
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
