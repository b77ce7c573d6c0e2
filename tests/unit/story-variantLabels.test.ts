import { describe, expect, it } from 'vitest';
import { lstvPieceId } from '../../src/anatomy/structureIds';
import { composeSceneState, type UserOverrides } from '../../src/state/composeSceneState';
import { withLstv, findingsOf } from '../../src/story/findings';
import { STEPS, stepSceneState } from '../../src/story/steps';
import { labelsForVariants } from '../../src/story/variantLabels';

const lstvStep = stepSceneState(STEPS.find((step) => step.id === 'lstv')!);
const noOverrides: UserOverrides = { viewOverride: null, xrayOverride: null, motionOverride: { loop: null, segment: null }, findings: null, anatomyOverride: null };

describe('a label on the transitional process follows the variant shown', () => {
  it('names the process of the step’s own type as it stands', () => {
    expect(lstvStep.labels).toContain(lstvPieceId('left', 'pseudo-joint'));
    expect(labelsForVariants(lstvStep).labels).toEqual(lstvStep.labels);
  });

  it('names the form and side of the reader’s own Castellvi type', () => {
    const fused = composeSceneState(lstvStep, { ...noOverrides, findings: withLstv(findingsOf(lstvStep.variants), 'IIIa', 'right') });
    expect(fused.labels).toEqual([lstvPieceId('right', 'fused'), 'L5']);
    // Type IV: the fused side is the one named; the other side's pseudo-joint is drawn but not labelled twice.
    const mixed = composeSceneState(lstvStep, { ...noOverrides, findings: withLstv(findingsOf(lstvStep.variants), 'IV', 'left') });
    expect(mixed.labels).toEqual([lstvPieceId('left', 'fused'), 'L5']);
  });

  it('drops the label where no transitional process is drawn', () => {
    expect(composeSceneState(lstvStep, { ...noOverrides, anatomyOverride: 'normal' }).labels).toEqual(['L5']);
    const none = composeSceneState(lstvStep, { ...noOverrides, findings: withLstv(findingsOf(lstvStep.variants), 'none', 'left') });
    expect(none.labels).toEqual(['L5']);
  });
});
