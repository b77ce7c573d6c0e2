import { describe, expect, it } from 'vitest';
import { DEGENERATION_SHAPE } from '../../src/anatomy/data/pathology';
import { withLinkedDiscLoss } from '../../src/story/linkedDiscLoss';
import { sceneStateSchema } from '../../src/story/sceneState';

const state = (input: Parameters<typeof sceneStateSchema.parse>[0]) => sceneStateSchema.parse(input);
const visible = { kinds: ['bone' as const] };

describe('disc height loss linked to facet degeneration (facet OA follows the disc, §7.1)', () => {
  it('gives a degenerated segment the disc loss of its worse joint', () => {
    const linked = withLinkedDiscLoss(state({ camera: 'lateral', visible, variants: { degeneration: { 'L4-L5': 2, 'L5-S1': { right: 3 } } } }));
    expect(linked.motion.discHeightLoss['L4-L5']).toBe(DEGENERATION_SHAPE[2].discHeightLoss);
    expect(linked.motion.discHeightLoss['L5-S1']).toBe(DEGENERATION_SHAPE[3].discHeightLoss);
    expect(linked.motion.discHeightLoss['L3-L4']).toBeUndefined();
  });

  it('never overrides a disc loss the step or the user set', () => {
    const linked = withLinkedDiscLoss(
      state({ camera: 'lateral', visible, variants: { degeneration: { 'L4-L5': 3 } }, motion: { discHeightLoss: { 'L4-L5': 0.05 } } }),
    );
    expect(linked.motion.discHeightLoss['L4-L5']).toBe(0.05);
  });

  it('leaves a healthy spine as it is', () => {
    const healthy = state({ camera: 'lateral', visible });
    expect(withLinkedDiscLoss(healthy)).toBe(healthy);
  });
});
