import { Vector3 } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import type { SceneState } from '../story/sceneState';
import { subjectStructureIds } from '../story/subject';
import type { ModelIndex, StructurePart } from './modelIndex';
import { lookContext, structureLook } from './structureLook';
import { drawableDisplay, STANDS_IN_FOR } from './variantLook';

/** Vertices read per part: enough for its outline on screen, few enough to run on every re-frame. */
const POINTS_PER_PART = 400;

/** Whether a part is drawn as (or inside, or in place of) the structure `id`. */
export function partStandsFor(part: StructurePart, id: string): boolean {
  return part.id === id || STRUCTURE_BY_ID.get(part.id)?.parent === id || STANDS_IN_FOR.get(part.id) === id;
}

/** The drawn parts that make up the given structures in this scene state (a joint's cartilage, a variant's piece). */
export function partsOf(index: ModelIndex, state: SceneState, ids: readonly string[]): StructurePart[] {
  const context = lookContext(state, drawableDisplay(state.variants, index.grafted));
  return index.parts.filter((part) => ids.some((id) => partStandsFor(part, id)) && structureLook(state, part.id, null, context).visible);
}

/** The parts of the scene state's subject that are drawn. */
export function subjectParts(index: ModelIndex, state: SceneState): StructurePart[] {
  return partsOf(index, state, subjectStructureIds(state));
}

/**
 * World points spread over the parts' surfaces as posed now (skinned vertices follow their bones). World matrices
 * must be current.
 */
export function surfacePoints(parts: readonly StructurePart[], perPart = POINTS_PER_PART): Vector3[] {
  const points: Vector3[] = [];
  for (const { mesh } of parts) {
    const count = mesh.geometry.getAttribute('position').count;
    const stride = Math.max(1, Math.floor(count / perPart));
    for (let i = 0; i < count; i += stride) points.push(mesh.getVertexPosition(i, new Vector3()).applyMatrix4(mesh.matrixWorld));
  }
  return points;
}
