/**
 * The own tints of pathological bone, so a patient tells it from the normal bone it grows from at a glance (the
 * highlight glow is orange for everything, so a highlighted transitional process sat orange on an orange sacrum).
 * Hues no other tissue uses: bone is ivory, cartilage teal, capsule lilac, nerves yellow, muscle red.
 */
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { VARIANT_PIECE_IDS } from './variantLook';

export const VARIANT_TINT = {
  /** The enlarged, jointed or fused L5 transverse process of a transitional vertebra. */
  transitionalProcess: '#9a86f0',
  /** Hypertrophied articular processes with their marginal osteophytes (bone spurs). */
  osteophyte: '#e8734a',
} as const;

/** The tint of a variant piece of bone, or null for any other structure. */
export function variantTint(id: string): string | null {
  if (!VARIANT_PIECE_IDS.has(id) || STRUCTURE_BY_ID.get(id)?.kind !== 'bone') return null;
  return id.startsWith('lstv-') ? VARIANT_TINT.transitionalProcess : VARIANT_TINT.osteophyte;
}
