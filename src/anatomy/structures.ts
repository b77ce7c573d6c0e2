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
 * structure (for parts such as cartilage inside a facet joint) and how it is named (the words themselves are in
 * content/structureNames.*, put together by story/structureNames.ts).
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

/**
 * How a structure is named: the key of its name's template in content/structureNames.* and what fills it. `name`,
 * `form` and `part` are keys of words there too (a plain word, an LSTV form, a degeneration part).
 */
export interface StructureName {
  template: string;
  side?: Side;
  /** The level or segment a sided name starts with. */
  where?: string;
  segment?: string;
  level?: string;
  grade?: number;
  name?: string;
  form?: string;
  part?: string;
}

export interface StructureInfo {
  id: string;
  kind: StructureKind;
  parent?: string;
  /** Motion segment or vertebra this structure belongs to, for level focus. */
  level?: string;
  name: StructureName;
}

const sided = (name: string, side: Side, where: string): StructureName => ({ template: 'sided', name, side, where });

function bones(): StructureInfo[] {
  const vertebrae = VERTEBRAE.map((v) => ({
    id: v,
    kind: 'bone' as const,
    level: v,
    name: { template: 'vertebra', level: v },
  }));
  return [
    ...vertebrae,
    { id: 'sacrum', kind: 'bone', level: 'S1', name: { template: 'sacrum' } },
    ...SIDES.map((side) => ({
      id: iliumId(side),
      kind: 'bone' as const,
      name: { template: 'ilium', side },
    })),
  ];
}

function segmentStructures(segment: Segment): StructureInfo[] {
  const disc = discId(segment);
  const list: StructureInfo[] = [
    { id: disc, kind: 'disc', level: segment, name: { template: 'disc', segment } },
    {
      id: nucleusId(segment),
      kind: 'nucleus',
      parent: disc,
      level: segment,
      name: { template: 'nucleus', segment },
    },
  ];
  for (const side of SIDES) {
    const joint = facetJointId(segment, side);
    list.push(
      { id: joint, kind: 'facet-joint', level: segment, name: sided('facetJoint', side, segment) },
      {
        id: facetPartId(segment, side, 'cartilage-upper'),
        kind: 'cartilage',
        parent: joint,
        level: segment,
        name: sided('cartilageUpper', side, segment),
      },
      {
        id: facetPartId(segment, side, 'cartilage-lower'),
        kind: 'cartilage',
        parent: joint,
        level: segment,
        name: sided('cartilageLower', side, segment),
      },
      {
        id: facetPartId(segment, side, 'capsule'),
        kind: 'capsule',
        parent: joint,
        level: segment,
        name: sided('capsule', side, segment),
      },
      {
        id: facetPartId(segment, side, 'meniscoid'),
        kind: 'meniscoid',
        parent: joint,
        level: segment,
        name: sided('meniscoid', side, segment),
      },
    );
  }
  list.push(
    {
      id: ligamentumFlavumId(segment),
      kind: 'ligament',
      level: segment,
      name: { template: 'ligamentumFlavum', segment },
    },
    {
      id: interspinousLigamentId(segment),
      kind: 'ligament',
      level: segment,
      name: { template: 'interspinousLigament', segment },
    },
  );
  return list;
}

function spanningLigaments(): StructureInfo[] {
  return [
    { id: 'supraspinous-ligament', kind: 'ligament', name: { template: 'supraspinousLigament' } },
    { id: 'anterior-longitudinal-ligament', kind: 'ligament', name: { template: 'anteriorLongitudinalLigament' } },
    { id: 'posterior-longitudinal-ligament', kind: 'ligament', name: { template: 'posteriorLongitudinalLigament' } },
    ...SIDES.map((side) => ({
      id: iliolumbarLigamentId(side),
      kind: 'ligament' as const,
      level: 'L5',
      name: { template: 'iliolumbarLigament', side },
    })),
  ];
}

function nerves(): StructureInfo[] {
  const list: StructureInfo[] = [];
  for (const v of VERTEBRAE) {
    for (const side of SIDES) {
      const nerve = spinalNerveId(v, side);
      list.push(
        { id: nerve, kind: 'nerve', level: v, name: sided('spinalNerve', side, v) },
        {
          id: medialBranchId(v, side),
          kind: 'nerve',
          parent: nerve,
          level: v,
          name: sided('medialBranch', side, v),
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
    name: { template: 'multifidus', side },
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

