import { beforeEach, describe, expect, it } from 'vitest';
import { composeScene, type UserOverrides } from '../../src/state/composeSceneState';
import { NO_MOTION_OVERRIDE, useExplainer } from '../../src/state/store';
import { compareChange, normalAnatomy } from '../../src/story/compare';
import { findingsOf, withGrade } from '../../src/story/findings';
import { findStepIndex, STEPS, stepSceneState } from '../../src/story/steps';

const NO_USER: UserOverrides = { viewOverride: null, xrayOverride: null, motionOverride: NO_MOTION_OVERRIDE, findings: null, anatomyOverride: null };
const scene = (id: string) => stepSceneState(STEPS[findStepIndex(id)]!);

describe('before and after', () => {
  it('names what a compare would take away, and nothing for the normal anatomy', () => {
    expect(compareChange(scene('welcome'))).toBeNull();
    expect(compareChange(scene('lstv'))).toBe('lstv');
    expect(compareChange(scene('cascade-stabilisation'))).toBe('degeneration');
    expect(compareChange(scene('multifidus'))).toBe('muscle-fatty');
    expect(compareChange(scene('training-after-injection'))).toBe('muscle-trained');
    expect(compareChange(scene('summary-hidden-drivers'))).toBe('several');
    const flatDisc = { ...scene('welcome'), motion: { ...scene('welcome').motion, discHeightLoss: { 'L4-L5': 0.3 } } };
    expect(compareChange(flatDisc)).toBe('disc');
  });

  it('offers the compare on the steps about a variant, a flattened disc or the muscle', () => {
    const offered = STEPS.filter((step) => composeScene(stepSceneState(step), NO_USER).compare !== null).map((step) => step.id);
    expect(offered).toEqual(
      expect.arrayContaining(['lstv', 'bertolotti', 'disc-flattening', 'cascade-stabilisation', 'faq-bone-spurs', 'multifidus', 'training-after-injection']),
    );
    expect(offered).not.toContain('welcome');
  });

  it('draws the normal anatomy with the same camera, posture and needles, and no linked disc loss', () => {
    const step = scene('disc-flattening');
    const changed = composeScene(step, NO_USER).state;
    const normal = composeScene(step, { ...NO_USER, anatomyOverride: 'normal' }).state;
    expect(changed.variants.degeneration).toEqual({ 'L4-L5': 2 });
    expect(normal.anatomy).toBe('normal');
    expect(normal.variants.degeneration).toEqual({});
    expect(normal.motion.discHeightLoss).toEqual({});
    expect(normal.camera).toEqual(changed.camera);
    expect(normal.motion.extensionDeg).toBe(changed.motion.extensionDeg);
    expect(normal.overlays).toEqual(changed.overlays);
    expect(compareChange(normal)).toBeNull();
  });

  it('takes the change’s own synovitis away with it, but keeps what the step explains', () => {
    const normal = normalAnatomy(scene('steroid'));
    expect(normal.overlays).toEqual(['needle-intra-articular']);
  });

  it('ignores a stale "normal" choice where there is nothing to compare', () => {
    const drawn = composeScene(scene('welcome'), { ...NO_USER, anatomyOverride: 'normal' });
    expect(drawn.compare).toBeNull();
    expect(drawn.state.anatomy).toBe('changed');
  });

  it('offers the compare, tinted, for the reader’s own findings on any step', () => {
    const findings = withGrade(findingsOf(scene('welcome').variants), 'L4-L5', 'both', 3);
    const drawn = composeScene(scene('welcome'), { ...NO_USER, findings });
    expect(drawn.compare).toBe('degeneration');
    expect(drawn.state.tintVariants).toBe(true);
  });
});

describe('the compare choice in the store', () => {
  beforeEach(() => useExplainer.setState({ stepIndex: 0, findings: null, anatomyOverride: null }));

  it('is one tap, and a new step, new findings or a hand on the disc slider show the change again', () => {
    const store = useExplainer.getState();
    store.setAnatomy('normal');
    expect(useExplainer.getState().anatomyOverride).toBe('normal');
    store.goToStep(findStepIndex('lstv'));
    expect(useExplainer.getState().anatomyOverride).toBeNull();
    store.setAnatomy('normal');
    store.setFindings(findingsOf(scene('lstv').variants));
    expect(useExplainer.getState().anatomyOverride).toBeNull();
    store.setAnatomy('normal');
    store.setDiscLoss('L4-L5', 0.3);
    expect(useExplainer.getState().anatomyOverride).toBeNull();
  });
});
