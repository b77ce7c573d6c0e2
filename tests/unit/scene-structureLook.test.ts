import { describe, expect, it } from 'vitest';
import { structureLook } from '../../src/scene/structureLook';
import { sceneStateSchema, type SceneStateInput } from '../../src/story/sceneState';

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
    expect(structureLook(state({}), 'not-a-structure', null)).toEqual({ visible: false, highlighted: false, ghost: false });
  });
});
