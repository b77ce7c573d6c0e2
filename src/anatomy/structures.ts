import { SEGMENTS, SIDES, VERTEBRAE, type Segment, type Side } from './levels';
import {
  discId,
  facetJointId,
  facetPartId,
  iliolumbarLigamentId,
  iliumId,
  interspinousLigamentId,
  ligamentumFlavumId,
  medialBranchId,
  multifidusId,
  nucleusId,
  spinalNerveId,
} from './structureIds';
import { VARIANT_STRUCTURES } from './variants/variantStructures';

/**
 * Every structure the model contains: its stable id (the glTF node name), its kind, its parent
 * structure (for parts such as cartilage inside a facet joint) and its names in both locales.
 * This list is the single source of the model manifest (`public/models/manifest.json`). STRUCTURES are the
 * default model's; the pieces only pathology variants draw are in variants/variantStructures.ts.
 */
export const STRUCTURE_KINDS = [
  'bone',
  'disc',
  'nucleus',
  'facet-joint',
  'cartilage',
  'capsule',
  'meniscoid',
  'ligament',
  'nerve',
  'muscle',
  'cyst',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export interface LocalizedName {
  'zh-TW': string;
  en: string;
}

export interface StructureInfo {
  id: string;
  kind: StructureKind;
  parent?: string;
  /** Motion segment or vertebra this structure belongs to, for level focus. */
  level?: string;
  name: LocalizedName;
}

const SIDE_NAME: Record<Side, LocalizedName> = {
  left: { 'zh-TW': '左', en: 'left' },
  right: { 'zh-TW': '右', en: 'right' },
};

function sided(base: LocalizedName, side: Side, where: string): LocalizedName {
  return {
    'zh-TW': `${where} ${SIDE_NAME[side]['zh-TW']}側${base['zh-TW']}`,
    en: `${where} ${base.en} (${SIDE_NAME[side].en})`,
  };
}

function bones(): StructureInfo[] {
  const vertebrae = VERTEBRAE.map((v, i) => ({
    id: v,
    kind: 'bone' as const,
    level: v,
    name: { 'zh-TW': `第${'一二三四五'[i]}腰椎（${v}）`, en: `${v} vertebra` },
  }));
  return [
    ...vertebrae,
    { id: 'sacrum', kind: 'bone', level: 'S1', name: { 'zh-TW': '薦椎', en: 'Sacrum' } },
    ...SIDES.map((side) => ({
      id: iliumId(side),
      kind: 'bone' as const,
      name: { 'zh-TW': `${SIDE_NAME[side]['zh-TW']}側髂骨`, en: `Ilium (${side})` },
    })),
  ];
}

function segmentStructures(segment: Segment): StructureInfo[] {
  const disc = discId(segment);
  const list: StructureInfo[] = [
    { id: disc, kind: 'disc', level: segment, name: { 'zh-TW': `${segment} 椎間盤`, en: `${segment} disc` } },
    {
      id: nucleusId(segment),
      kind: 'nucleus',
      parent: disc,
      level: segment,
      name: { 'zh-TW': `${segment} 髓核`, en: `${segment} nucleus pulposus` },
    },
  ];
  for (const side of SIDES) {
    const joint = facetJointId(segment, side);
    list.push(
      { id: joint, kind: 'facet-joint', level: segment, name: sided({ 'zh-TW': '小關節', en: 'facet joint' }, side, segment) },
      {
        id: facetPartId(segment, side, 'cartilage-upper'),
        kind: 'cartilage',
        parent: joint,
        level: segment,
        name: sided({ 'zh-TW': '小關節軟骨（下關節突面）', en: 'facet cartilage, inferior process' }, side, segment),
      },
      {
        id: facetPartId(segment, side, 'cartilage-lower'),
        kind: 'cartilage',
        parent: joint,
        level: segment,
        name: sided({ 'zh-TW': '小關節軟骨（上關節突面）', en: 'facet cartilage, superior process' }, side, segment),
      },
      {
        id: facetPartId(segment, side, 'capsule'),
        kind: 'capsule',
        parent: joint,
        level: segment,
        name: sided({ 'zh-TW': '小關節囊', en: 'facet capsule' }, side, segment),
      },
      {
        id: facetPartId(segment, side, 'meniscoid'),
        kind: 'meniscoid',
        parent: joint,
        level: segment,
        name: sided({ 'zh-TW': '半月板樣皺襞', en: 'meniscoid folds' }, side, segment),
      },
    );
  }
  list.push(
    {
      id: ligamentumFlavumId(segment),
      kind: 'ligament',
      level: segment,
      name: { 'zh-TW': `${segment} 黃韌帶`, en: `${segment} ligamentum flavum` },
    },
    {
      id: interspinousLigamentId(segment),
      kind: 'ligament',
      level: segment,
      name: { 'zh-TW': `${segment} 棘間韌帶`, en: `${segment} interspinous ligament` },
    },
  );
  return list;
}

function spanningLigaments(): StructureInfo[] {
  return [
    { id: 'supraspinous-ligament', kind: 'ligament', name: { 'zh-TW': '棘上韌帶', en: 'Supraspinous ligament' } },
    { id: 'anterior-longitudinal-ligament', kind: 'ligament', name: { 'zh-TW': '前縱韌帶', en: 'Anterior longitudinal ligament' } },
    { id: 'posterior-longitudinal-ligament', kind: 'ligament', name: { 'zh-TW': '後縱韌帶', en: 'Posterior longitudinal ligament' } },
    ...SIDES.map((side) => ({
      id: iliolumbarLigamentId(side),
      kind: 'ligament' as const,
      level: 'L5',
      name: { 'zh-TW': `${SIDE_NAME[side]['zh-TW']}側髂腰韌帶`, en: `Iliolumbar ligament (${side})` },
    })),
  ];
}

function nerves(): StructureInfo[] {
  const list: StructureInfo[] = [];
  for (const v of VERTEBRAE) {
    for (const side of SIDES) {
      const nerve = spinalNerveId(v, side);
      list.push(
        { id: nerve, kind: 'nerve', level: v, name: sided({ 'zh-TW': '脊神經', en: 'spinal nerve' }, side, v) },
        {
          id: medialBranchId(v, side),
          kind: 'nerve',
          parent: nerve,
          level: v,
          name: sided({ 'zh-TW': '背支內側支', en: 'medial branch of the dorsal ramus' }, side, v),
        },
      );
    }
  }
  return list;
}

function muscles(): StructureInfo[] {
  return SIDES.map((side) => ({
    id: multifidusId(side),
    kind: 'muscle' as const,
    name: { 'zh-TW': `${SIDE_NAME[side]['zh-TW']}側多裂肌`, en: `Multifidus (${side})` },
  }));
}

export const STRUCTURES: readonly StructureInfo[] = [
  ...bones(),
  ...SEGMENTS.flatMap(segmentStructures),
  ...spanningLigaments(),
  ...nerves(),
  ...muscles(),
];

/** Every structure by id, the default model's and the variants'. */
export const STRUCTURE_BY_ID: ReadonlyMap<string, StructureInfo> = new Map(
  [...STRUCTURES, ...VARIANT_STRUCTURES].map((s) => [s.id, s]),
);

