import { describe, expect, it } from 'vitest';
import { degenerationModel, VARIANT_MODELS } from '../../src/anatomy/variants/variantStructures';
import { lookContext, structureLook } from '../../src/scene/structureLook';
import { drawableDisplay } from '../../src/scene/variantLook';
import { sceneStateSchema, type SceneState, type SceneStateInput } from '../../src/story/sceneState';

const state = (input: Partial<SceneStateInput>) =>
  sceneStateSchema.parse({ camera: 'oblique', visible: { kinds: ['bone', 'disc', 'nucleus', 'cartilage'] }, ...input });

describe('how the scene state shows a structure', () => {
  it('draws the kinds it lists and hides the others', () => {
    const s = state({});
    expect(structureLook(s, 'L4', null).visible).toBe(true);
    expect(structureLook(s, 'disc-L4-L5', null).visible).toBe(true);
    expect(structureLook(s, 'ligamentum-flavum-L4-L5', null).visible).toBe(false);
  });

  it('keeps the nucleus hidden inside an opaque disc, and shows it in x-ray', () => {
    expect(structureLook(state({}), 'disc-L4-L5-nucleus', null).visible).toBe(false);
    expect(structureLook(state({ xray: true }), 'disc-L4-L5-nucleus', null).visible).toBe(true);
  });

  it('highlights and shows a tapped structure even when its kind is hidden, and the parts of a highlighted joint', () => {
    const s = state({ highlighted: ['facet-L4-L5-left'] });
    expect(structureLook(s, 'medial-branch-L3-left', 'medial-branch-L3-left')).toMatchObject({ visible: true, highlighted: true });
    expect(structureLook(s, 'facet-L4-L5-left-cartilage-upper', null).highlighted).toBe(true);
    expect(structureLook(s, 'facet-L4-L5-right-cartilage-upper', null).highlighted).toBe(false);
  });

  it('ghosts the ilia while a lumbar level is in focus, and every bone in x-ray', () => {
    expect(structureLook(state({ focus: ['L4-L5'] }), 'ilium-left', null).ghost).toBe(true);
    expect(structureLook(state({ focus: ['L4-L5'] }), 'L4', null).ghost).toBe(false);
    expect(structureLook(state({}), 'ilium-left', null).ghost).toBe(false);
    expect(structureLook(state({ xray: true }), 'L4', null).ghost).toBe(true);
  });

  it('treats an unknown id as absent', () => {
    expect(structureLook(state({}), 'not-a-structure', null)).toEqual({ visible: false, highlighted: false, ghost: false, faint: false, tint: null });
  });
});

describe('pathology variants as drawn', () => {
  const lstv = state({ variants: { lstv: 'IIa', lstvSide: 'left' }, highlighted: ['iliolumbar-ligament-left'] });
  const graded = state({ variants: { degeneration: { 'L4-L5': { left: 2 } } }, highlighted: ['facet-L4-L5-left-capsule'] });
  const all = new Set(VARIANT_MODELS);
  const look = (s: SceneState, id: string, grafted: ReadonlySet<string> = all) =>
    structureLook(s, id, null, lookContext(s, drawableDisplay(s.variants, grafted)));

  it('draws a variant piece only while its variant is chosen', () => {
    expect(look(lstv, 'lstv-L5-left-pseudo-joint').visible).toBe(true);
    expect(look(lstv, 'lstv-L5-right-pseudo-joint').visible).toBe(false);
    expect(look(lstv, 'lstv-L5-left-fused').visible).toBe(false);
    expect(look(state({}), 'lstv-L5-left-pseudo-joint').visible).toBe(false);
    expect(look(graded, 'facet-L4-L5-left-grade2-superior-process').visible).toBe(true);
    expect(look(graded, 'facet-L4-L5-left-grade3-superior-process').visible).toBe(false);
    expect(look(graded, 'facet-L4-L5-right-grade2-superior-process').visible).toBe(false);
  });

  it('still follows the kinds the step shows', () => {
    const noCapsules = state({ visible: { kinds: ['bone'] }, variants: { degeneration: { 'L4-L5': 3 } } });
    expect(look(noCapsules, 'facet-L4-L5-left-grade3-cyst').visible).toBe(false);
    expect(look(noCapsules, 'facet-L4-L5-left-grade3-inferior-process').visible).toBe(true);
  });

  it('hides the normal parts a chosen piece replaces, and gives the piece their highlight', () => {
    expect(look(lstv, 'iliolumbar-ligament-left').visible).toBe(false);
    expect(look(lstv, 'iliolumbar-ligament-left-thin')).toMatchObject({ highlighted: true, visible: true });
    expect(look(graded, 'facet-L4-L5-left-capsule').visible).toBe(false);
    expect(look(graded, 'facet-L4-L5-right-cartilage-upper').visible).toBe(true);
    expect(look(graded, 'facet-L4-L5-left-cartilage-upper').visible).toBe(false);
    expect(look(graded, 'facet-L4-L5-left-grade2-capsule').highlighted).toBe(true);
  });

  it('keeps the normal parts until the variant glb is loaded', () => {
    const none = new Set<string>();
    expect(look(graded, 'facet-L4-L5-left-capsule', none).visible).toBe(true);
    expect(look(graded, 'facet-L4-L5-left-grade2-capsule', none).visible).toBe(false);
    expect(look(lstv, 'iliolumbar-ligament-left', new Set([degenerationModel('L4-L5')])).visible).toBe(true);
  });
});

describe('section overlays as drawn', () => {
  it('shows the nerve roots in an axial cut of the focus segment, and ghosts the ilia', () => {
    const s = state({ overlays: ['axial-cut'] });
    expect(structureLook(s, 'nerve-L4-left', null).visible).toBe(true);
    expect(structureLook(s, 'nerve-L4-right', null).visible).toBe(true);
    expect(structureLook(s, 'nerve-L3-left', null).visible).toBe(false);
    expect(structureLook(s, 'ilium-left', null).ghost).toBe(true);
    expect(structureLook(state({ overlays: ['axial-cut'], focus: ['L5-S1'] }), 'nerve-L5-right', null).visible).toBe(true);
  });

  it('takes the ilia away in the foramen view and shows the nerve leaving that foramen', () => {
    const s = state({ overlays: ['foramen-view'], focus: ['L4-L5'], variants: { degeneration: { 'L4-L5': { right: 3, left: 1 } } } });
    expect(structureLook(s, 'ilium-left', null).visible).toBe(false);
    expect(structureLook(s, 'nerve-L4-right', null).visible).toBe(true);
    expect(structureLook(s, 'nerve-L4-left', null).visible).toBe(false);
  });
});

describe('ghosted structures and tinted variants', () => {
  const all = VARIANT_MODELS.reduce((set, model) => set.add(model), new Set<string>());
  const look = (s: SceneState, id: string) => structureLook(s, id, null, lookContext(s, drawableDisplay(s.variants, all)));

  it('draws a ghosted structure faint even when highlighted, with the pieces that ride on a ghosted bone', () => {
    const s = state({
      ghosted: ['L4', 'facet-L4-L5-left-cartilage-upper'],
      highlighted: ['facet-L4-L5-left'],
      variants: { degeneration: { 'L4-L5': 3 } },
    });
    expect(look(s, 'L4')).toMatchObject({ visible: true, faint: true });
    expect(look(s, 'L5').faint).toBe(false);
    // The grade-3 inferior process rides on L4; the upper cartilage's grade-3 piece stands in for the ghosted one.
    expect(look(s, 'facet-L4-L5-left-grade3-inferior-process').faint).toBe(true);
    expect(look(s, 'facet-L4-L5-left-grade3-superior-process').faint).toBe(false);
    expect(look(s, 'facet-L4-L5-left-grade3-cartilage-upper')).toMatchObject({ faint: true, highlighted: true });
  });

  it('tints pathological bone only while the state asks for it, and nothing else', () => {
    const variants = { lstv: 'IIa' as const, degeneration: { 'L4-L5': 3 as const } };
    const plain = state({ variants });
    const tinted = state({ variants, tintVariants: true });
    expect(look(plain, 'lstv-L5-left-pseudo-joint').tint).toBeNull();
    const lstvTint = look(tinted, 'lstv-L5-left-pseudo-joint').tint;
    const spurTint = look(tinted, 'facet-L4-L5-left-grade3-superior-process').tint;
    expect(lstvTint).not.toBeNull();
    expect(spurTint).not.toBeNull();
    expect(lstvTint).not.toBe(spurTint);
    expect(look(tinted, 'L5').tint).toBeNull();
    expect(look(tinted, 'facet-L4-L5-left-grade3-capsule').tint).toBeNull();
  });
});
