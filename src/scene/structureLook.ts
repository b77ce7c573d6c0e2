import { STRUCTURE_BY_ID, type StructureInfo } from '../anatomy/structures';
import type { SceneState } from '../story/sceneState';

export interface StructureLook {
  visible: boolean;
  highlighted: boolean;
  /** Drawn faint: bones in x-ray, and the ilia while a lumbar level is in focus (they hide L5 from the side). */
  ghost: boolean;
}

const ILIA = new Set(['ilium-left', 'ilium-right']);

function isHighlighted(state: SceneState, info: StructureInfo, selectedId: string | null): boolean {
  const ids = selectedId ? [...state.highlighted, selectedId] : state.highlighted;
  return ids.includes(info.id) || (info.parent !== undefined && ids.includes(info.parent));
}

/** How the scene state shows one structure: pure, so it is tested without a renderer. */
export function structureLook(state: SceneState, id: string, selectedId: string | null): StructureLook {
  const info = STRUCTURE_BY_ID.get(id);
  if (!info) return { visible: false, highlighted: false, ghost: false };
  const highlighted = isHighlighted(state, info, selectedId);
  const parentListed = info.parent !== undefined && state.visible.ids.includes(info.parent);
  // The nucleus sits inside its disc: drawing it behind opaque annulus would only cost a draw call.
  const hiddenInside = info.kind === 'nucleus' && !state.xray;
  const visible =
    highlighted ||
    state.visible.ids.includes(id) ||
    (!hiddenInside && (state.visible.kinds.includes(info.kind) || parentListed));
  const ghost = state.xray || (state.focus.length > 0 && ILIA.has(id) && !highlighted);
  return { visible, highlighted, ghost };
}

/** The structure a picked object belongs to: the object itself or its nearest named ancestor. */
export function structureIdOf(object: { name: string; parent: unknown } | null): string | null {
  let node = object as { name: string; parent: unknown } | null;
  while (node) {
    if (STRUCTURE_BY_ID.has(node.name)) return node.name;
    node = node.parent as { name: string; parent: unknown } | null;
  }
  return null;
}
