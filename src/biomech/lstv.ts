/**
 * What a lumbosacral transitional vertebra (Castellvi types, §6.1) does to the mechanics of the two lowest
 * segments: it stiffens L5-S1 and, in one-sided types, loads the joint of the other side more (§6.3, §12.6).
 */
import type { Segment, Side } from '../anatomy/levels';
import type { CastellviType, VariantChoice } from '../anatomy/variants/variantChoice';
import { LSTV, MOTION_LIMITS } from './data';

export interface LstvVariant {
  type: CastellviType;
  /** The side of the enlarged transverse process; for type IV, the fused side. */
  side: Side;
}

/** The transitional vertebra a variant choice shows, if any. */
export function lstvVariant(variants: Pick<VariantChoice, 'lstv' | 'lstvSide'>): LstvVariant | undefined {
  return variants.lstv === 'none' ? undefined : { type: variants.lstv, side: variants.lstvSide };
}

/** A pseudo-joint (II) reduces L5-S1 motion; a bony fusion (III, and IV's fused side) all but stops it. */
function lstvMechanism(type: CastellviType): 'none' | 'pseudo-joint' | 'fused' {
  if (type === 'IIa' || type === 'IIb') return 'pseudo-joint';
  if (type === 'IIIa' || type === 'IIIb' || type === 'IV') return 'fused';
  return 'none';
}

/** Fraction of its normal motion that L5-S1 keeps, in the direction of the given angle's sign. */
export function l5s1MotionFraction(type: CastellviType, angleDeg: number): number {
  const mechanism = lstvMechanism(type);
  if (mechanism === 'pseudo-joint') return LSTV.pseudoJointMotionFraction;
  if (mechanism === 'fused') {
    const limits = MOTION_LIMITS['L5-S1'];
    const normalLimit = angleDeg >= 0 ? limits.extensionDeg : limits.flexionDeg;
    return Math.min(1, LSTV.fusedLimitDeg / normalLimit);
  }
  return 1;
}

/** One-sided types that join the transverse process to the sacrum; type I (no contact) changes no load. */
function isOneSided(type: CastellviType): boolean {
  return type === 'IIa' || type === 'IIIa' || type === 'IV';
}

/** Fraction of a segment's facet load carried by each joint (0.5 each unless a one-sided LSTV tilts it). */
export function facetSideFractions(segment: Segment, lstv?: LstvVariant): Record<Side, number> {
  const nearLstv = segment === 'L5-S1' || segment === 'L4-L5';
  if (!lstv || !nearLstv || !isOneSided(lstv.type)) return { left: 0.5, right: 0.5 };
  const contralateral = LSTV.contralateralFacetFraction;
  return lstv.side === 'left'
    ? { left: 1 - contralateral, right: contralateral }
    : { left: contralateral, right: 1 - contralateral };
}
