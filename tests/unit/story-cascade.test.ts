import { describe, expect, it } from 'vitest';
import { DEGENERATION_SHAPE } from '../../src/anatomy/data/pathology';
import { SEGMENTS } from '../../src/anatomy/levels';
import { composeSceneState } from '../../src/state/composeSceneState';
import { NO_MOTION_OVERRIDE } from '../../src/state/store';
import { CASCADE_PHASES, CASCADE_PRESETS } from '../../src/story/cascadePresets';
import { sceneStateSchema } from '../../src/story/sceneState';
import { findStepIndex, STEPS, stepSceneState } from '../../src/story/steps';

const drawn = (id: string) =>
  composeSceneState(stepSceneState(STEPS[findStepIndex(id)]!), {
    viewOverride: null,
    xrayOverride: null,
    motionOverride: NO_MOTION_OVERRIDE,
    findings: null,
    anatomyOverride: null,
  });

describe('the Kirkaldy-Willis cascade presets', () => {
  it('are three phases in order, each a valid part of a scene state', () => {
    expect(CASCADE_PHASES).toEqual(['dysfunction', 'instability', 'stabilisation']);
    for (const phase of CASCADE_PHASES) {
      const { degeneration, overlays, loop, multifidus } = CASCADE_PRESETS[phase];
      const parsed = sceneStateSchema.safeParse({ camera: 'lateral', visible: {}, variants: { degeneration, multifidus }, motion: { loop }, overlays });
      expect(parsed.success, phase).toBe(true);
    }
  });

  it('worsen from phase to phase: the L4-L5 grade rises 1, 2, 3 and no segment gets better', () => {
    const grades = CASCADE_PHASES.map((phase) => CASCADE_PRESETS[phase].degeneration);
    expect(grades.map((g) => g['L4-L5'])).toEqual([1, 2, 3]);
    for (let i = 1; i < grades.length; i++) {
      for (const segment of SEGMENTS) expect(grades[i]![segment] ?? 0).toBeGreaterThanOrEqual(grades[i - 1]![segment] ?? 0);
    }
  });

  it('show what each phase is about: inflammation, abnormal motion, a narrowed foramen', () => {
    expect(CASCADE_PRESETS.dysfunction.overlays).toContain('inflammation');
    expect(CASCADE_PRESETS.instability.loop).toBe('lean-back');
    expect(CASCADE_PRESETS.stabilisation.overlays).toContain('foramen-view');
  });

  it('drive the cascade steps, whose disc height loss follows the grade', () => {
    for (const phase of CASCADE_PHASES) {
      const state = drawn(`cascade-${phase}`);
      const preset = CASCADE_PRESETS[phase];
      expect(state.variants.degeneration).toEqual(preset.degeneration);
      expect(state.overlays).toEqual(expect.arrayContaining([...preset.overlays]));
      for (const [segment, grade] of Object.entries(preset.degeneration)) {
        expect(state.motion.discHeightLoss[segment as keyof typeof preset.degeneration], `${phase} ${segment}`).toBe(DEGENERATION_SHAPE[grade].discHeightLoss);
      }
    }
  });
});
