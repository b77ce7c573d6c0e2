/**
 * The one place structure ids (the glTF node names) are built. The structure list, the generators, the variant
 * choice, the scene and the build all name structures through these, so an id is spelled once.
 */
import type { Segment, Side, Vertebra } from './levels';

export const iliumId = (side: Side) => `ilium-${side}` as const;
export const discId = (segment: Segment) => `disc-${segment}` as const;
export const nucleusId = (segment: Segment) => `${discId(segment)}-nucleus` as const;

/** The facet joint between a segment's two levels on one side (a group of its parts). */
export const facetJointId = (segment: Segment, side: Side) => `facet-${segment}-${side}` as const;

export const FACET_PARTS = ['cartilage-upper', 'cartilage-lower', 'capsule', 'meniscoid'] as const;
export type FacetPart = (typeof FACET_PARTS)[number];
export const facetPartId = (segment: Segment, side: Side, part: FacetPart) => `${facetJointId(segment, side)}-${part}` as const;

/** Whether a structure belongs to one of a segment's facet joints (either side, any part or grade). */
export const isOfSegmentFacets = (id: string, segment: Segment): boolean => id.startsWith(`facet-${segment}-`);

export const ligamentumFlavumId = (segment: Segment) => `ligamentum-flavum-${segment}` as const;
export const interspinousLigamentId = (segment: Segment) => `interspinous-ligament-${segment}` as const;
export const iliolumbarLigamentId = (side: Side) => `iliolumbar-ligament-${side}` as const;
export const spinalNerveId = (level: Vertebra, side: Side) => `nerve-${level}-${side}` as const;
export const medialBranchId = (level: Vertebra, side: Side) => `medial-branch-${level}-${side}` as const;
export const multifidusId = (side: Side) => `multifidus-${side}` as const;

/** Pathology variant pieces (variants/variantStructures.ts). */
export const lstvPieceId = (side: Side, form: 'enlarged' | 'pseudo-joint' | 'fused') => `lstv-L5-${side}-${form}` as const;
export const thinIliolumbarId = (side: Side) => `${iliolumbarLigamentId(side)}-thin` as const;
export const degenerationPieceId = (segment: Segment, side: Side, grade: 1 | 2 | 3, part: string) =>
  `${facetJointId(segment, side)}-grade${grade}-${part}` as const;
