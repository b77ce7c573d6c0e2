import { beforeEach, describe, expect, it } from 'vitest';
import { DEGENERATION_SHAPE } from '../../src/anatomy/data/pathology';
import { composeSceneState, type UserOverrides } from '../../src/state/composeSceneState';
import { NO_MOTION_OVERRIDE, useExplainer } from '../../src/state/store';
import { findingsOf, withCascade, withGrade, withLstv, type Findings } from '../../src/story/findings';
import { findStepIndex, STEPS, stepSceneState } from '../../src/story/steps';

const scene = (id: string) => stepSceneState(STEPS[findStepIndex(id)]!);
const NO_USER: UserOverrides = { viewOverride: null, xrayOverride: null, motionOverride: NO_MOTION_OVERRIDE, findings: null, anatomyOverride: null };
const own: Findings = { lstv: 'IIa', lstvSide: 'right', degeneration: { 'L4-L5': 3 }, cascade: null };

describe('composeSceneState with the reader findings', () => {
  it('draws the step as it is without findings', () => {
    const step = scene('lstv');
    expect(composeSceneState(step, NO_USER).variants).toEqual(step.variants);
  });

  it('replaces the step variants (type, side, every grade) and keeps the rest of the step', () => {
    const step = scene('cascade-stabilisation');
    const drawn = composeSceneState(step, { ...NO_USER, findings: own });
    expect(drawn.variants).toEqual({ ...step.variants, lstv: 'IIa', lstvSide: 'right', degeneration: { 'L4-L5': 3 } });
    expect(drawn.camera).toEqual(step.camera);
    expect(drawn.highlighted).toEqual(step.highlighted);
  });

  it('flattens the disc of each graded segment by the linked loss', () => {
    const findings: Findings = { ...own, degeneration: { 'L4-L5': 3, 'L2-L3': { left: 0, right: 1 } } };
    const drawn = composeSceneState(scene('welcome'), { ...NO_USER, findings });
    expect(drawn.motion.discHeightLoss).toEqual({ 'L4-L5': DEGENERATION_SHAPE[3].discHeightLoss, 'L2-L3': DEGENERATION_SHAPE[1].discHeightLoss });
  });

  it('adds what a chosen cascade phase shows, and the user own posture still wins', () => {
    const step = scene('welcome');
    const dysfunction = composeSceneState(step, { ...NO_USER, findings: withCascade(own, 'dysfunction') });
    expect(dysfunction.overlays).toContain('inflammation');
    const instability = composeSceneState(step, { ...NO_USER, findings: withCascade(own, 'instability') });
    expect(instability.motion.loop).toBe('lean-back');
    expect(instability.variants.multifidus).toBe('fatty-1');
    expect(instability.variants.lstv).toBe('IIa');
    const held = { ...NO_MOTION_OVERRIDE, loop: 'none' as const };
    expect(composeSceneState(step, { ...NO_USER, motionOverride: held, findings: withCascade(own, 'instability') }).motion.loop).toBe('none');
  });

  it('is pure: the step state is never changed', () => {
    const step = scene('cascade-dysfunction');
    const before = JSON.stringify(step);
    composeSceneState(step, { ...NO_USER, findings: withCascade(own, 'stabilisation') });
    expect(JSON.stringify(step)).toBe(before);
  });
});

describe('editing findings', () => {
  it('starts from what the scene shows', () => {
    expect(findingsOf(scene('bertolotti').variants)).toEqual({ lstv: 'IIIa', lstvSide: 'left', degeneration: {}, cascade: null });
  });

  it('sets a grade for both joints or one side, compacting equal sides and dropping healthy segments', () => {
    const base: Findings = { lstv: 'none', lstvSide: 'left', degeneration: {}, cascade: null };
    const both = withGrade(base, 'L4-L5', 'both', 2);
    expect(both.degeneration).toEqual({ 'L4-L5': 2 });
    const right = withGrade(both, 'L4-L5', 'right', 3);
    expect(right.degeneration).toEqual({ 'L4-L5': { left: 2, right: 3 } });
    expect(withGrade(right, 'L4-L5', 'right', 2).degeneration).toEqual({ 'L4-L5': 2 });
    expect(withGrade(right, 'L4-L5', 'both', 0).degeneration).toEqual({});
  });

  it('leaves a cascade phase once a grade is picked by hand, and keeps the transitional vertebra with a phase', () => {
    const phase = withCascade(withLstv(own, 'IV', 'left'), 'instability');
    expect(phase).toMatchObject({ lstv: 'IV', lstvSide: 'left', cascade: 'instability', degeneration: { 'L4-L5': 2 } });
    expect(withGrade(phase, 'L5-S1', 'left', 1).cascade).toBeNull();
  });
});

describe('the store keeps the findings', () => {
  beforeEach(() => useExplainer.setState({ stepIndex: 0, findings: null }));

  it('through step changes, until cleared', () => {
    const store = useExplainer.getState();
    store.setFindings(own);
    store.goToStep(findStepIndex('cascade-instability'));
    store.goToStep(findStepIndex('lstv'));
    expect(useExplainer.getState().findings).toEqual(own);
    store.setFindings(null);
    expect(useExplainer.getState().findings).toBeNull();
  });
});
