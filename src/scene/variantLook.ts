/**
 * Which variant pieces the scene can draw now: the choice's display, limited to the variant glbs already grafted,
 * so that until a glb arrives the normal structures stay in place (nothing blanks while it loads). Pure.
 */
import { SEGMENTS, SIDES } from '../anatomy/levels';
import type { VariantChoice } from '../anatomy/variants/variantChoice';
import { variantDisplay, type VariantDisplay } from '../anatomy/variants/variantSelection';
import { degenerationPieceId, facetPartId, iliolumbarLigamentId, thinIliolumbarId } from '../anatomy/structureIds';
import { DEGENERATED_GRADES, degenerationModel, LSTV_MODEL, VARIANT_STRUCTURES } from '../anatomy/variants/variantStructures';

export const NO_VARIANTS: VariantDisplay = { shown: new Set(), replaced: new Set(), models: [] };

export const VARIANT_PIECE_IDS: ReadonlySet<string> = new Set(VARIANT_STRUCTURES.map((s) => s.id));

/** The choice reduced to what the grafted glbs can draw. */
function drawableChoice(choice: VariantChoice, grafted: ReadonlySet<string>): VariantChoice {
  const degeneration = Object.fromEntries(
    SEGMENTS.filter((segment) => grafted.has(degenerationModel(segment))).flatMap((segment) => {
      const grade = choice.degeneration[segment];
      return grade === undefined ? [] : [[segment, grade]];
    }),
  );
  return { ...choice, lstv: grafted.has(LSTV_MODEL) ? choice.lstv : 'none', degeneration };
}

export function drawableDisplay(choice: VariantChoice, grafted: ReadonlySet<string>): VariantDisplay {
  return variantDisplay(drawableChoice(choice, grafted));
}

/**
 * The normal structure each variant piece stands in for: a highlight or listing of the normal capsule, cartilage or
 * iliolumbar ligament carries over to the piece drawn in its place.
 */
export const STANDS_IN_FOR: ReadonlyMap<string, string> = new Map([
  ...SIDES.map((side) => [thinIliolumbarId(side), iliolumbarLigamentId(side)] as const),
  ...SEGMENTS.flatMap((segment) =>
    SIDES.flatMap((side) =>
      DEGENERATED_GRADES.flatMap((grade) =>
        (['cartilage-upper', 'cartilage-lower', 'capsule'] as const).map(
          (part) => [degenerationPieceId(segment, side, grade, part), facetPartId(segment, side, part)] as const,
        ),
      ),
    ),
  ),
]);
