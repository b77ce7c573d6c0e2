import { describe, expect, it } from 'vitest';
import { STRUCTURE_BY_ID } from '../../src/anatomy/structures';
import { REFERENCES } from '../../src/content/references';
import { STORY_TEXT, type StepId } from '../../src/content/story';
import { LOCALES } from '../../src/content/locale';
import { CHAPTER_IDS } from '../../src/story/chapters';
import { linkedStructureIds } from '../../src/story/markup';
import { stepSchema } from '../../src/story/stepSchema';
import { CHAPTERS, STEPS, findStepIndex, stepSceneState } from '../../src/story/steps';

describe('the step list', () => {
  it('has a step for every section of the article, in chapter order', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(40);
    const chapterOrder = STEPS.map((step) => CHAPTER_IDS.indexOf(step.chapter));
    expect(chapterOrder).toEqual([...chapterOrder].sort((a, b) => a - b));
    for (const chapter of CHAPTERS) expect(chapter.stepIds.length, chapter.id).toBeGreaterThan(0);
  });

  it('validates against the step schema', () => {
    for (const step of STEPS) expect(() => stepSchema.parse(step), step.id).not.toThrow();
  });

  it('rejects a step that names a structure the model does not have', () => {
    const bad = { id: 'bad', chapter: 'summary', scene: { camera: 'lateral', subject: ['L4'], visible: { kinds: [] }, highlighted: ['facet-L9-L10-left'] } };
    expect(stepSchema.safeParse(bad).success).toBe(false);
  });

  it('has unique, URL-safe ids and findStepIndex finds each one', () => {
    const ids = STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    STEPS.forEach((step, index) => expect(findStepIndex(step.id)).toBe(index));
    expect(findStepIndex('no-such-step')).toBe(-1);
  });

  it('names only structures that exist, in the scene and in the text of both locales', () => {
    for (const step of STEPS) {
      const named = [...step.scene.highlighted, ...step.scene.visible.ids];
      for (const locale of LOCALES) named.push(...linkedStructureIds(STORY_TEXT[locale].steps[step.id as StepId].body));
      for (const id of named) expect(STRUCTURE_BY_ID.has(id), `${step.id}: ${id}`).toBe(true);
    }
  });

  it('cites only references that exist', () => {
    for (const step of STEPS) for (const ref of step.references) expect(REFERENCES).toHaveProperty(ref);
  });

  it('gives every step a complete scene state that differs from its neighbour', () => {
    const states = STEPS.map((step) => JSON.stringify(stepSceneState(step)));
    for (let i = 1; i < states.length; i++) expect(states[i], STEPS[i]!.id).not.toBe(states[i - 1]);
  });

  it('illustrates the key steps the way the text describes them', () => {
    const scene = (id: string) => stepSceneState(STEPS[findStepIndex(id)]!);
    const tripod = scene('three-joint-complex');
    expect(tripod.focus).toEqual(['L4-L5']);
    expect(tripod.xray).toBe(true);
    expect(tripod.highlighted).toEqual(expect.arrayContaining(['disc-L4-L5', 'facet-L4-L5-left', 'facet-L4-L5-right']));
    const leanBack = scene('lean-back-intro');
    // The spine leans back and forth while the loaded face shows, L4 ghosted over it.
    expect(leanBack.motion.loop).toBe('lean-back');
    expect(leanBack.overlays).toContain('pressure-map');
    expect(leanBack.ghosted).toEqual(expect.arrayContaining(['L4', 'facet-L4-L5-right-cartilage-upper']));
    expect(scene('flexion-relief').motion.extensionDeg).toBeLessThan(0);
    expect(scene('lstv').variants.lstv).toBe('IIa');
    expect(scene('diagnostic-block').overlays).toContain('needle-medial-branch-block');
    expect(scene('radiofrequency').overlays).toContain('needle-radiofrequency');
    expect(scene('prolotherapy').highlighted).toContain('iliolumbar-ligament-left');
    expect(scene('multifidus').variants.multifidus).toMatch(/^fatty/);
    expect(scene('training-after-injection').variants.multifidus).toBe('trained');
    // The cascade worsens step by step (its disc height loss follows the grade: story-cascade.test.ts).
    const cascade = ['cascade-dysfunction', 'cascade-instability', 'cascade-stabilisation'].map(scene);
    expect(cascade.map((s) => s.variants.degeneration['L4-L5'] ?? 0)).toEqual([1, 2, 3]);
  });

  it('shows the medial branches that actually supply the joint in the block step (same level and the one above)', () => {
    const block = stepSceneState(STEPS[findStepIndex('diagnostic-block')]!);
    expect(block.highlighted).toEqual(expect.arrayContaining(['medial-branch-L3-left', 'medial-branch-L4-left']));
  });

  it('attaches the two tables, the red-flag list and the reference list', () => {
    const attachments = STEPS.flatMap((step) => (step.attachment ? [step.attachment] : []));
    expect(attachments.sort()).toEqual(['decision-matrix', 'differential-table', 'red-flag-list', 'red-flag-list', 'reference-list']);
    // The surgery question sends bladder or bowel trouble straight to the red flags.
    expect(STEPS[findStepIndex('faq-surgery')]!.attachment).toBe('red-flag-list');
  });
});
