import { describe, expect, it } from 'vitest';
import { facetFrameInWorld } from '../../src/anatomy/facetFrames';
import { facetFaceView } from '../../src/story/jointViews';

describe('the close view of a facet face', () => {
  it('looks straight at the lower facet, from across the joint, taking in the asked-for size', () => {
    const frame = facetFrameInWorld('L4-L5', 'right');
    const view = facetFaceView('L4-L5', 'right', 30);
    const toCamera = view.position.map((v, k) => v - view.target[k]!);
    const distance = Math.hypot(...toCamera);
    const facing = toCamera.reduce((sum, v, k) => sum + (v / distance) * frame.n[k]!, 0);
    expect(facing).toBeCloseTo(1, 6);
    expect(view.target).toEqual(frame.centre.map((v) => expect.closeTo(v, 6)));
    // 30 mm round the centre fill the 35° field with a little margin: about 115 mm away.
    expect(distance).toBeGreaterThan(100);
    expect(distance).toBeLessThan(130);
  });
});
