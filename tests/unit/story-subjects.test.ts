import { describe, expect, it } from 'vitest';
import { STRUCTURE_BY_ID } from '../../src/anatomy/structures';
import { variantDisplay } from '../../src/anatomy/variants/variantSelection';
import { lookContext, structureLook } from '../../src/scene/structureLook';
import { STANDS_IN_FOR } from '../../src/scene/variantLook';
import { stepSchema } from '../../src/story/stepSchema';
import { STEPS, stepSceneState } from '../../src/story/steps';
import { subjectStructureIds } from '../../src/story/subject';
import { structureName } from '../../src/story/structureNames';

/** Ids of a structure and everything drawn in its place or inside it (a joint's cartilage, a variant's piece). */
function drawnAs(id: string): string[] {
  const inside = [...STRUCTURE_BY_ID.values()].filter((s) => s.parent === id).map((s) => s.id);
  const standIns = [...STANDS_IN_FOR].filter(([, original]) => original === id).map(([piece]) => piece);
  return [id, ...inside, ...standIns];
}

describe('the subject and labels of every step', () => {
  it('names one to four structures (or a region) as the subject of every step', () => {
    for (const step of STEPS) {
      expect(step.scene.subject.length, step.id).toBeGreaterThanOrEqual(1);
      expect(step.scene.subject.length, step.id).toBeLessThanOrEqual(4);
      for (const id of subjectStructureIds(step.scene)) expect(STRUCTURE_BY_ID.has(id), `${step.id}: ${id}`).toBe(true);
    }
  });

  it('draws what the subject and the labels name, so a patient can see what the text talks about', () => {
    for (const step of STEPS) {
      const state = stepSceneState(step);
      const context = lookContext(state, variantDisplay(state.variants));
      const shown = (id: string) => drawnAs(id).some((part) => structureLook(state, part, null, context).visible);
      for (const id of [...subjectStructureIds(state), ...state.labels]) expect(shown(id), `${step.id}: ${id}`).toBe(true);
    }
  });

  it('labels only structures that have a name in both languages', () => {
    for (const step of STEPS) {
      for (const id of step.scene.labels) {
        for (const locale of ['zh-TW', 'en'] as const) expect(structureName(id, locale)?.length, `${id} ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a step without a subject, with an unknown region or with too many labels', () => {
    const base = { id: 'bad', chapter: 'summary', scene: { camera: 'lateral', visible: { kinds: [] } } };
    expect(stepSchema.safeParse(base).success).toBe(false);
    expect(stepSchema.safeParse({ ...base, scene: { ...base.scene, subject: ['the-whole-body'] } }).success).toBe(false);
    const labels = ['L1', 'L2', 'L3', 'L4', 'L5'];
    expect(stepSchema.safeParse({ ...base, scene: { ...base.scene, subject: ['L4'], labels } }).success).toBe(false);
    expect(stepSchema.safeParse({ ...base, scene: { ...base.scene, subject: ['lumbar-spine'] } }).success).toBe(true);
  });

  it('expands a region and reads an empty subject as the whole lumbar spine', () => {
    expect(subjectStructureIds({ subject: [] })).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum']);
    expect(subjectStructureIds({ subject: ['disc-L4-L5', 'lumbar-spine'] })).toContain('disc-L4-L5');
  });
});
