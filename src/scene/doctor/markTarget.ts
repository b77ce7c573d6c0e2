import { Box3, Vector3, type Object3D } from 'three';
import { segmentLevels, SEGMENTS, type Segment } from '../../anatomy/levels';
import { STRUCTURE_BY_ID } from '../../anatomy/structures';
import type { ModelIndex } from '../modelIndex';
import { drawnBounds } from '../partBounds';

/** Whether a structure is the marked one or one of its parts (a joint's cartilage, capsule, …). */
function isPartOf(id: string, mark: string): boolean {
  for (let info = STRUCTURE_BY_ID.get(id); info; info = info.parent ? STRUCTURE_BY_ID.get(info.parent) : undefined) {
    if (info.id === mark) return true;
  }
  return false;
}

/** The bone node a structure moves with: its own vertebra, a segment's upper vertebra, the sacrum for S1. */
function boneNodeOf(index: ModelIndex, mark: string): Object3D {
  const level = STRUCTURE_BY_ID.get(mark)?.level;
  const bone = level && (SEGMENTS as readonly string[]).includes(level) ? segmentLevels(level as Segment)[0] : level;
  const id = bone === 'S1' ? 'sacrum' : bone;
  return (id && index.nodes.get(id)) || index.nodes.get(mark) || index.root;
}

/**
 * Where a mark sits: the centre of the marked structure as drawn now, in the frame of the bone node it moves with,
 * so a marker added under that node follows the spine as it bends. Null when nothing of it is in the model.
 */
export function markTarget(index: ModelIndex, mark: string): { node: Object3D; local: Vector3 } | null {
  index.root.updateWorldMatrix(true, true);
  const box = new Box3();
  for (const part of index.parts) if (isPartOf(part.id, mark)) box.union(drawnBounds(part.mesh));
  if (box.isEmpty()) return null;
  const node = boneNodeOf(index, mark);
  return { node, local: node.worldToLocal(box.getCenter(new Vector3())) };
}
