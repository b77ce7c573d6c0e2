import { beforeEach, describe, expect, it } from 'vitest';
import { DEGENERATION_SHAPE } from '../../src/anatomy/data/pathology';
import { composeSceneState } from '../../src/state/composeSceneState';
import { selectDrawnScene } from '../../src/state/drawnScene';
import { currentPosture, holdTrunkAngle, postureStore, setDiscLoss, setLoopAngle } from '../../src/state/posture';
import { NO_MOTION_OVERRIDE, useExplainer } from '../../src/state/store';
import { withCascade, type Findings } from '../../src/story/findings';
import { findStepIndex, STEPS, stepSceneState } from '../../src/story/steps';

const own: Findings = { lstv: 'none', lstvSide: 'left', degeneration: { 'L4-L5': 3 }, cascade: null };
const user = { viewOverride: null, xrayOverride: null, motionOverride: NO_MOTION_OVERRIDE, findings: null, anatomyOverride: null };

beforeEach(() => {
  useExplainer.setState({ findings: null, anatomyOverride: null });
  useExplainer.getState().goToStep(0);
});

describe('the posture store: one animated value outside React state', () => {
  it('starts from the drawn step and takes the disc height loss the reader findings imply', () => {
    expect(currentPosture()).toEqual({ trunkDeg: 0, discHeightLoss: {} });
    useExplainer.getState().setFindings(own);
    expect(currentPosture().discHeightLoss['L4-L5']).toBe(DEGENERATION_SHAPE[3].discHeightLoss);
  });

  it('lets the reader hold an angle and set a disc, which wins over the linked loss, until the next step', () => {
    useExplainer.getState().setFindings(own);
    holdTrunkAngle(12);
    setDiscLoss('L4-L5', 0.05);
    expect(currentPosture()).toEqual({ trunkDeg: 12, discHeightLoss: { 'L4-L5': 0.05 } });
    useExplainer.getState().goToStep(1);
    expect(currentPosture().trunkDeg).toBe(0);
    expect(currentPosture().discHeightLoss['L4-L5']).toBe(DEGENERATION_SHAPE[3].discHeightLoss);
  });

  it('follows the loop angle while it runs, and a hand on the slider takes over from it', () => {
    setLoopAngle(7.5);
    expect(currentPosture().trunkDeg).toBe(7.5);
    holdTrunkAngle(-10);
    expect(currentPosture().trunkDeg).toBe(-10);
    expect(postureStore.getState().loopDeg).toBeNull();
  });

  it('tells subscribers only about real changes, and keeps the same object for the same posture', () => {
    const seen: number[] = [];
    const unsubscribe = postureStore.subscribe((state, previous) => {
      if (state.posture !== previous.posture) seen.push(state.posture.trunkDeg);
    });
    holdTrunkAngle(5);
    const held = currentPosture();
    holdTrunkAngle(5);
    setLoopAngle(null);
    expect(currentPosture()).toBe(held);
    holdTrunkAngle(6);
    unsubscribe();
    expect(seen).toEqual([5, 6]);
  });
});

describe('structural sharing of the drawn scene', () => {
  it('returns unchanged parts unchanged, and the previous state itself when nothing changed', () => {
    const step = stepSceneState(STEPS[findStepIndex('welcome')]!);
    const first = composeSceneState(step, user);
    expect(composeSceneState(step, user, first)).toBe(first);
    const xray = composeSceneState(step, { ...user, xrayOverride: true }, first);
    expect(xray).not.toBe(first);
    expect(xray.focus).toBe(first.focus);
    expect(xray.visible).toBe(first.visible);
    expect(xray.variants).toBe(first.variants);
    const cascade = composeSceneState(step, { ...user, findings: withCascade(own, 'dysfunction') }, first);
    expect(cascade.variants).not.toBe(first.variants);
    expect(cascade.visible).toBe(first.visible);
  });

  it('gives the same drawn scene for a store change that does not touch it (a selection, a locale)', () => {
    const before = selectDrawnScene(useExplainer.getState());
    useExplainer.getState().select('L4');
    useExplainer.getState().setLocale('en');
    expect(selectDrawnScene(useExplainer.getState())).toBe(before);
    useExplainer.getState().setLoop('lean-back');
    const looping = selectDrawnScene(useExplainer.getState());
    expect(looping.sceneState.motion.loop).toBe('lean-back');
    expect(looping.sceneState.visible).toBe(before.sceneState.visible);
  });
});
