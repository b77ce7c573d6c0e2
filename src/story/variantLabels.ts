import { SIDES } from '../anatomy/levels';
import { lstvPieceId } from '../anatomy/structureIds';
import { tpForms, TP_FORMS } from '../anatomy/variants/variantChoice';
import type { SceneState } from './sceneState';

const LSTV_PIECES: ReadonlySet<string> = new Set(SIDES.flatMap((side) => TP_FORMS.map((form) => lstvPieceId(side, form))));

/** The transitional process pieces a scene's variants draw, the one-sided (or fused) side first. */
function shownLstvPieces(variants: SceneState['variants']): string[] {
  if (variants.lstv === 'none') return [];
  const forms = tpForms(variants.lstv, variants.lstvSide);
  const sides = [variants.lstvSide, ...SIDES.filter((side) => side !== variants.lstvSide)];
  return sides.flatMap((side) => {
    const form = forms[side];
    return form === 'normal' ? [] : [lstvPieceId(side, form)];
  });
}

/**
 * A step's label on its transitional process follows the variant shown: the reader's own Castellvi type and side
 * (so the name says "pseudo-joint" or "fused" as the picture does), none for the normal anatomy. Other labels stay.
 */
export function labelsForVariants(state: SceneState): SceneState {
  if (!state.labels.some((id) => LSTV_PIECES.has(id))) return state;
  const [piece] = shownLstvPieces(state.variants);
  const labels = [...new Set(state.labels.flatMap((id) => (LSTV_PIECES.has(id) ? (piece ? [piece] : []) : [id])))];
  return { ...state, labels };
}
