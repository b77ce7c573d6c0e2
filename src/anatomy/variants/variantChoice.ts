/**
 * Which pathology variants a scene shows, as plain data the generator, the mechanics and the scene share:
 * a lumbosacral transitional vertebra (Castellvi type and side, §6.1) and facet degeneration grades
 * (Weishaupt 0-3, §7.1) per segment or per joint.
 */
import { SIDES, type Segment, type Side } from '../levels';

export const CASTELLVI_TYPES = ['none', 'Ia', 'Ib', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IV'] as const;
export type CastellviType = (typeof CASTELLVI_TYPES)[number];

export const DEGENERATION_GRADES = [0, 1, 2, 3] as const;
export type DegenerationGrade = (typeof DEGENERATION_GRADES)[number];

/** A segment's grade: one for both joints, or one per side (a missing side is grade 0). */
export type SegmentGrade = DegenerationGrade | Partial<Record<Side, DegenerationGrade>>;

export interface VariantChoice {
  lstv: CastellviType;
  /** The side of a one-sided type; for type IV, the fused side (the other has the pseudo-joint). */
  lstvSide: Side;
  degeneration: Partial<Record<Segment, SegmentGrade>>;
}

/** What the L5 transverse process of one side looks like. */
export const TP_FORMS = ['enlarged', 'pseudo-joint', 'fused'] as const;
export type TpForm = 'normal' | (typeof TP_FORMS)[number];

const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** The form of each L5 transverse process for a Castellvi type (a = one side, b = both, IV = II + III). */
export function tpForms(type: CastellviType, side: Side): Record<Side, TpForm> {
  const forms: Record<Side, TpForm> = { left: 'normal', right: 'normal' };
  const set = (form: TpForm, both: boolean) => {
    forms[side] = form;
    if (both) forms[otherSide(side)] = form;
  };
  switch (type) {
    case 'Ia':
    case 'Ib':
      set('enlarged', type === 'Ib');
      break;
    case 'IIa':
    case 'IIb':
      set('pseudo-joint', type === 'IIb');
      break;
    case 'IIIa':
    case 'IIIb':
      set('fused', type === 'IIIb');
      break;
    case 'IV':
      forms[side] = 'fused';
      forms[otherSide(side)] = 'pseudo-joint';
      break;
    case 'none':
      break;
  }
  return forms;
}

/** The grade of one facet joint. */
export function jointGrade(choice: Pick<VariantChoice, 'degeneration'>, segment: Segment, side: Side): DegenerationGrade {
  const grade = choice.degeneration[segment];
  if (grade === undefined) return 0;
  return typeof grade === 'number' ? grade : (grade[side] ?? 0);
}

/** The worse of a segment's two joints (what the linked disc loss and the panels follow). */
export function segmentGrade(choice: Pick<VariantChoice, 'degeneration'>, segment: Segment): DegenerationGrade {
  return Math.max(...SIDES.map((side) => jointGrade(choice, segment, side))) as DegenerationGrade;
}
