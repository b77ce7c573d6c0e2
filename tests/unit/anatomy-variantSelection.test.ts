import { describe, expect, it } from 'vitest';
import { variantDisplay } from '../../src/anatomy/variants/variantSelection';
import { VARIANT_STRUCTURES, degenerationModel, LSTV_MODEL } from '../../src/anatomy/variants/variantStructures';

const NONE = { lstv: 'none', lstvSide: 'left', degeneration: {} } as const;
const byId = new Map(VARIANT_STRUCTURES.map((s) => [s.id, s]));

describe('what a variant choice draws', () => {
  it('draws nothing extra and loads nothing for a normal spine', () => {
    const display = variantDisplay(NONE);
    expect([...display.shown]).toEqual([]);
    expect([...display.replaced]).toEqual([]);
    expect(display.models).toEqual([]);
  });

  it('IIa left: the left pseudo-joint and a thinner left iliolumbar ligament in place of the normal one', () => {
    const display = variantDisplay({ ...NONE, lstv: 'IIa' });
    expect([...display.shown].sort()).toEqual(['iliolumbar-ligament-left-thin', 'lstv-L5-left-pseudo-joint']);
    expect([...display.replaced]).toEqual(['iliolumbar-ligament-left']);
    expect(display.models).toEqual([LSTV_MODEL]);
  });

  it('IV right: fused on the right, a pseudo-joint on the left', () => {
    const display = variantDisplay({ ...NONE, lstv: 'IV', lstvSide: 'right' });
    expect(display.shown.has('lstv-L5-right-fused')).toBe(true);
    expect(display.shown.has('lstv-L5-left-pseudo-joint')).toBe(true);
  });

  it('degeneration per segment or per side: grade pieces, the cyst only in grade 3, the normal cartilage and capsule hidden', () => {
    const display = variantDisplay({ ...NONE, degeneration: { 'L4-L5': 2, 'L5-S1': { right: 3 } } });
    expect(display.shown.has('facet-L4-L5-left-grade2-superior-process')).toBe(true);
    expect(display.shown.has('facet-L4-L5-right-grade2-cartilage-lower')).toBe(true);
    expect(display.shown.has('facet-L4-L5-left-grade2-cyst')).toBe(false);
    expect(display.shown.has('facet-L5-S1-right-grade3-cyst')).toBe(true);
    expect([...display.shown].some((id) => id.startsWith('facet-L5-S1-left'))).toBe(false);
    expect(display.replaced.has('facet-L4-L5-left-capsule')).toBe(true);
    expect(display.replaced.has('facet-L5-S1-left-capsule')).toBe(false);
    expect(display.models).toEqual([degenerationModel('L4-L5'), degenerationModel('L5-S1')]);
  });

  it('every piece it shows is a variant structure carried by one of the models it loads', () => {
    const display = variantDisplay({ lstv: 'IIIb', lstvSide: 'left', degeneration: { 'L1-L2': 1, 'L3-L4': 3 } });
    for (const id of display.shown) expect(display.models).toContain(byId.get(id)?.model);
  });
});
