/**
 * The structures that only pathology variants draw, each in its own lazily loaded glb (public/models/variants/).
 * A piece fixed to one bone is nested under that bone's node (`anchor`); tissue spanning a joint is skinned.
 */
import { SEGMENTS, SIDES, type Segment, type Side } from '../levels';
import type { BoneId } from '../posture';
import { segmentBones } from '../segmentBones';
import { degenerationPieceId, facetJointId, lstvPieceId, thinIliolumbarId } from '../structureIds';
import type { LocalizedName, StructureInfo } from '../structures';
import { TP_FORMS, type TpForm } from './variantChoice';

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


const sideZh = (side: Side) => (side === 'left' ? '左' : '右');

const TP_FORM_NAME: Record<Exclude<TpForm, 'normal'>, LocalizedName> = {
  enlarged: { 'zh-TW': '肥大橫突（Castellvi 第一型）', en: 'enlarged transverse process (Castellvi I)' },
  'pseudo-joint': { 'zh-TW': '橫突與薦骨的假關節（第二型）', en: 'transverse-process pseudo-joint with the sacrum (Castellvi II)' },
  fused: { 'zh-TW': '橫突與薦骨骨性融合（第三型）', en: 'transverse process fused to the sacrum (Castellvi III)' },
};

const PART_NAME: Record<DegenerationPart, LocalizedName> = {
  'inferior-process': { 'zh-TW': '下關節突肥大與骨刺', en: 'inferior articular process: hypertrophy and osteophytes' },
  'superior-process': { 'zh-TW': '上關節突肥大與骨刺', en: 'superior articular process: hypertrophy and osteophytes' },
  'cartilage-upper': { 'zh-TW': '變薄的軟骨（下關節突面）', en: 'thinned cartilage, inferior process' },
  'cartilage-lower': { 'zh-TW': '變薄的軟骨（上關節突面）', en: 'thinned cartilage, superior process' },
  capsule: { 'zh-TW': '增厚的關節囊', en: 'thickened capsule' },
  cyst: { 'zh-TW': '軟骨下囊腫', en: 'subchondral cyst' },
};

function lstvStructures(): VariantStructureInfo[] {
  return SIDES.flatMap((side) => [
    ...TP_FORMS.map((form) => ({
      id: lstvPieceId(side, form),
      kind: 'bone' as const,
      level: 'L5',
      parent: 'L5',
      anchor: 'L5' as const,
      model: LSTV_MODEL,
      name: {
        'zh-TW': `L5 ${sideZh(side)}側${TP_FORM_NAME[form]['zh-TW']}`,
        en: `L5 ${TP_FORM_NAME[form].en} (${side})`,
      },
    })),
    {
      id: thinIliolumbarId(side),
      kind: 'ligament' as const,
      level: 'L5',
      model: LSTV_MODEL,
      name: { 'zh-TW': `${sideZh(side)}側髂腰韌帶（變細）`, en: `Iliolumbar ligament, thinner (${side})` },
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
          name: {
            'zh-TW': `${segment} ${sideZh(side)}側小關節第${grade}級退化：${PART_NAME[part]['zh-TW']}`,
            en: `${segment} facet joint (${side}), grade ${grade}: ${PART_NAME[part].en}`,
          },
        };
      }),
    ),
  );
}

export const VARIANT_STRUCTURES: readonly VariantStructureInfo[] = [...lstvStructures(), ...SEGMENTS.flatMap(degenerationStructures)];

/** Every variant glb, in a stable order. */
export const VARIANT_MODELS: readonly string[] = [LSTV_MODEL, ...SEGMENTS.map(degenerationModel)];
