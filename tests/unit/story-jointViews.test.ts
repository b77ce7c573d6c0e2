import { describe, expect, it } from 'vitest';
import { facetFrameInWorld } from '../../src/anatomy/facetFrames';
import { facetFaceView, segmentFromBehindAbove } from '../../src/story/jointViews';

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

describe('a segment from behind and above', () => {
  it('looks from behind the spine, down at the given elevation, on the midline', () => {
    const view = segmentFromBehindAbove('L4-L5', 50);
    const toCamera = view.position.map((v, k) => v - view.target[k]!);
    const distance = Math.hypot(...toCamera);
    const [x, y, z] = toCamera.map((v) => v / distance) as [number, number, number];
    // +Y superior, +Z anterior: the camera is above (y > 0) and behind (z < 0), neither left nor right.
    expect(x).toBeCloseTo(0, 6);
    expect((Math.asin(y) * 180) / Math.PI).toBeCloseTo(50, 6);
    expect(z).toBeLessThan(0);
  });
});
