/**
 * The structures that only pathology variants draw, each in its own lazily loaded glb (public/models/variants/).
 * A piece fixed to one bone is nested under that bone's node (`anchor`); tissue spanning a joint is skinned.
 */
import { SEGMENTS, SIDES, type Segment } from '../levels';
import type { BoneId } from '../posture';
import { segmentBones } from '../segmentBones';
import { degenerationPieceId, facetJointId, lstvPieceId, thinIliolumbarId } from '../structureIds';
import type { StructureInfo } from '../structures';
import { TP_FORMS } from './variantChoice';

export interface VariantStructureInfo extends StructureInfo {
  /** The glb (path relative to public/models/) that carries it. */
  model: string;
  /** The bone it is fixed to, for pieces of bone. */
  anchor?: BoneId;
}

export const LSTV_MODEL = 'variants/lstv.glb';
export const degenerationModel = (segment: Segment): string => `variants/degeneration-${segment}.glb`;

export const DEGENERATED_GRADES = [1, 2, 3] as const;
export type DegeneratedGrade = (typeof DEGENERATED_GRADES)[number];

/** The parts a degenerated facet joint replaces or adds; the cyst only in grade 3. */
const DEGENERATION_PARTS = ['inferior-process', 'superior-process', 'cartilage-upper', 'cartilage-lower', 'capsule', 'cyst'] as const;
export type DegenerationPart = (typeof DEGENERATION_PARTS)[number];


function lstvStructures(): VariantStructureInfo[] {
  return SIDES.flatMap((side) => [
    ...TP_FORMS.map((form) => ({
      id: lstvPieceId(side, form),
      kind: 'bone' as const,
      level: 'L5',
      parent: 'L5',
      anchor: 'L5' as const,
      model: LSTV_MODEL,
      name: { template: 'lstvPiece', side, form },
    })),
    {
      id: thinIliolumbarId(side),
      kind: 'ligament' as const,
      level: 'L5',
      model: LSTV_MODEL,
      name: { template: 'thinIliolumbarLigament', side },
    },
  ]);
}

const PART_KIND = {
  'inferior-process': 'bone',
  'superior-process': 'bone',
  'cartilage-upper': 'cartilage',
  'cartilage-lower': 'cartilage',
  capsule: 'capsule',
  cyst: 'cyst',
} as const satisfies Record<DegenerationPart, StructureInfo['kind']>;

/** The bone a degeneration piece is fixed to, if it is a piece of (or in) one bone. */
function degenerationAnchor(segment: Segment, part: DegenerationPart): BoneId | undefined {
  if (part === 'inferior-process') return segmentBones(segment).upper;
  if (part === 'superior-process' || part === 'cyst') return segmentBones(segment).lower;
  return undefined;
}

export function degenerationParts(grade: DegeneratedGrade): DegenerationPart[] {
  return DEGENERATION_PARTS.filter((part) => part !== 'cyst' || grade === 3);
}

function degenerationStructures(segment: Segment): VariantStructureInfo[] {
  return SIDES.flatMap((side) =>
    DEGENERATED_GRADES.flatMap((grade) =>
      degenerationParts(grade).map((part) => {
        const anchor = degenerationAnchor(segment, part);
        return {
          id: degenerationPieceId(segment, side, grade, part),
          kind: PART_KIND[part],
          level: segment,
          parent: facetJointId(segment, side),
          model: degenerationModel(segment),
          ...(anchor ? { anchor } : {}),
          name: { template: 'degenerationPiece', segment, side, grade, part },
        };
      }),
    ),
  );
}

export const VARIANT_STRUCTURES: readonly VariantStructureInfo[] = [...lstvStructures(), ...SEGMENTS.flatMap(degenerationStructures)];

/** Every variant glb, in a stable order. */
export const VARIANT_MODELS: readonly string[] = [LSTV_MODEL, ...SEGMENTS.map(degenerationModel)];
