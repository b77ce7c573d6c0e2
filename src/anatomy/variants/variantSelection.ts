/**
 * What a variant choice draws: the variant pieces shown, the normal structures they stand in for, and the
 * variant glbs those pieces come from. Pure, so the scene and the tests share it.
 */
import { SEGMENTS, SIDES } from '../levels';
import { jointGrade, tpForms, type VariantChoice } from './variantChoice';
import { degenerationPieceId, facetPartId, iliolumbarLigamentId, lstvPieceId, thinIliolumbarId } from '../structureIds';
import { degenerationModel, degenerationParts, LSTV_MODEL } from './variantStructures';

export interface VariantDisplay {
  shown: ReadonlySet<string>;
  replaced: ReadonlySet<string>;
  models: readonly string[];
}

/** The normal parts of a facet joint that a degenerated joint's own pieces replace. */
const REPLACED_JOINT_PARTS = ['cartilage-upper', 'cartilage-lower', 'capsule'] as const;

export function variantDisplay(choice: VariantChoice): VariantDisplay {
  const shown = new Set<string>();
  const replaced = new Set<string>();
  const models: string[] = [];
  if (choice.lstv !== 'none') {
    const forms = tpForms(choice.lstv, choice.lstvSide);
    for (const side of SIDES) {
      const form = forms[side];
      if (form === 'normal') continue;
      shown.add(lstvPieceId(side, form));
      shown.add(thinIliolumbarId(side));
      replaced.add(iliolumbarLigamentId(side));
    }
    models.push(LSTV_MODEL);
  }
  for (const segment of SEGMENTS) {
    let degenerated = false;
    for (const side of SIDES) {
      const grade = jointGrade(choice, segment, side);
      if (grade === 0) continue;
      degenerated = true;
      for (const part of degenerationParts(grade)) shown.add(degenerationPieceId(segment, side, grade, part));
      for (const part of REPLACED_JOINT_PARTS) replaced.add(facetPartId(segment, side, part));
    }
    if (degenerated) models.push(degenerationModel(segment));
  }
  return { shown, replaced, models };
}
