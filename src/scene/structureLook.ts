import { STRUCTURE_BY_ID, type StructureInfo } from '../anatomy/structures';
import type { VariantDisplay } from '../anatomy/variants/variantSelection';
import { VARIANT_STRUCTURES } from '../anatomy/variants/variantStructures';
import type { SceneState } from '../story/sceneState';
import { sectionOverlay, sectionStructures } from './sectionViews';
import { NO_VARIANTS, STANDS_IN_FOR, VARIANT_PIECE_IDS } from './variantLook';
import { variantTint } from './variantTint';

export interface StructureLook {
  visible: boolean;
  highlighted: boolean;
  /** Drawn faint: bones in x-ray, and the ilia while a lumbar level is in focus (they hide L5 from the side). */
  ghost: boolean;
  /** Listed in the state's `ghosted`: drawn faint whatever its kind, even when highlighted, to show what is behind. */
  faint: boolean;
  /** Its own colour instead of the tissue's (pathological bone while the state tints variants), or null. */
  tint: string | null;
}

/** What the whole scene state implies for every structure: worked out once per look update. */
export interface LookContext {
  variants: VariantDisplay;
  /** Drawn because a section overlay needs them (the nerve roots in the cut or the foramen). */
  sectionShown: ReadonlySet<string>;
  /** Taken away by a section overlay. */
  sectionHidden: ReadonlySet<string>;
  ghostIlia: boolean;
}

const ILIA = new Set(['ilium-left', 'ilium-right']);

/** The bone each variant piece of bone rides on: ghosting the bone ghosts its pieces too. */
const VARIANT_ANCHOR: ReadonlyMap<string, string> = new Map(
  VARIANT_STRUCTURES.flatMap((piece) => (piece.anchor ? [[piece.id, piece.anchor] as const] : [])),
);

/** `variants` is the drawable display: the variant pieces of the glbs loaded so far (variantLook.ts). */
export function lookContext(state: SceneState, variants: VariantDisplay = NO_VARIANTS): LookContext {
  const section = sectionStructures(state);
  return {
    variants,
    sectionShown: new Set(section.shown),
    sectionHidden: new Set(section.hidden),
    ghostIlia: state.focus.length > 0 || sectionOverlay(state) !== null,
  };
}

function isHighlighted(state: SceneState, info: StructureInfo, selectedId: string | null, standsFor: string | undefined): boolean {
  const ids = selectedId ? [...state.highlighted, selectedId] : state.highlighted;
  const own = [info.id, info.parent, standsFor];
  return own.some((id) => id !== undefined && ids.includes(id));
}

/** Whether a variant choice takes the structure out: a piece not chosen, or a normal part a chosen piece replaces. */
function variantHidden(id: string, display: VariantDisplay): boolean {
  return (VARIANT_PIECE_IDS.has(id) && !display.shown.has(id)) || display.replaced.has(id);
}

const HIDDEN: StructureLook = { visible: false, highlighted: false, ghost: false, faint: false, tint: null };

/** How the scene state shows one structure: pure, so it is tested without a renderer. */
export function structureLook(
  state: SceneState,
  id: string,
  selectedId: string | null,
  context: LookContext = lookContext(state),
): StructureLook {
  const info = STRUCTURE_BY_ID.get(id);
  if (!info || variantHidden(id, context.variants) || context.sectionHidden.has(id)) return HIDDEN;
  const standsFor = STANDS_IN_FOR.get(id);
  const highlighted = isHighlighted(state, info, selectedId, standsFor);
  const parentListed = info.parent !== undefined && state.visible.ids.includes(info.parent);
  // The nucleus sits inside its disc: drawing it behind opaque annulus would only cost a draw call.
  const hiddenInside = info.kind === 'nucleus' && !state.xray;
  const visible =
    highlighted ||
    state.visible.ids.includes(id) ||
    (standsFor !== undefined && state.visible.ids.includes(standsFor)) ||
    context.sectionShown.has(id) ||
    (!hiddenInside && (state.visible.kinds.includes(info.kind) || parentListed));
  const ghost = state.xray || (context.ghostIlia && ILIA.has(id) && !highlighted);
  const faint = [id, info.parent, standsFor, VARIANT_ANCHOR.get(id)].some((owner) => owner !== undefined && state.ghosted.includes(owner));
  const tint = state.tintVariants ? variantTint(id) : null;
  return { visible, highlighted, ghost, faint, tint };
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
