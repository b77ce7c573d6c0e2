import { describe, expect, it } from 'vitest';
import { NEEDLE_APPROACH_S, needleProgress, OverlayClock } from '../../src/scene/overlays/motion';

/** The needle's progress at each frame time of a device drawing at the given times (seconds since page start). */
function progressAt(frameTimes: readonly number[]): number[] {
  const clock = new OverlayClock();
  return frameTimes.map((t) => needleProgress(clock.elapsed(t), false));
}

describe('the needle approach runs on the wall clock', () => {
  it('ends at the target at the same moment on a fast and on a slow device', () => {
    const fast = Array.from({ length: 200 }, (_, i) => 10 + i / 60);
    const slow = [10, 10.7, 11.4, 12.1];
    expect(progressAt(fast).at(-1)).toBe(1);
    expect(progressAt(slow).at(-1)).toBe(1);
    // Half-way in time is half-way along the path, however many frames came before.
    expect(progressAt([10, 10 + NEEDLE_APPROACH_S / 2])[1]).toBeCloseTo(0.5, 6);
    expect(progressAt([10, 10.2, 10.4, 10.6, 10.8, 10 + NEEDLE_APPROACH_S / 2])[5]).toBeCloseTo(0.5, 6);
  });

  it('starts from the first frame it draws, not from when the page began', () => {
    expect(progressAt([42, 42.5])[0]).toBe(0);
    expect(progressAt([42, 42 + NEEDLE_APPROACH_S])[1]).toBe(1);
  });

  it('starts a new approach from its first frame after a restart (a new set of needles)', () => {
    const clock = new OverlayClock();
    clock.elapsed(10);
    expect(needleProgress(clock.elapsed(10 + NEEDLE_APPROACH_S), false)).toBe(1);
    clock.restart();
    expect(needleProgress(clock.elapsed(30), false)).toBe(0);
    expect(needleProgress(clock.elapsed(30 + NEEDLE_APPROACH_S / 2), false)).toBeCloseTo(0.5, 6);
  });

  it('shows the needle at its target at once with reduced motion', () => {
    expect(needleProgress(new OverlayClock().elapsed(3), true)).toBe(1);
  });
});
