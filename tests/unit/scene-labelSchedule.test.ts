import { describe, expect, it } from 'vitest';
import { dropsMeasurement, handDragging, handHeldAfter, measurementToBegin, type MeasureMoment } from '../../src/scene/labels/measureSchedule';

/** A frame long after the last measurement, with the view, the look and the posture as they were then. */
const settled: MeasureMoment = { measured: true, stale: false, viewMoved: false, age: 5, reshaped: false, dragged: false };

describe('when the scene labels are measured again', () => {
  it('measures at once what nothing has measured yet, a new look and a moved view', () => {
    expect(measurementToBegin({ ...settled, measured: false })).toBe('due');
    expect(measurementToBegin({ ...settled, stale: true, dragged: true })).toBe('due');
    expect(measurementToBegin({ ...settled, viewMoved: true })).toBe('due');
  });

  it('measures a still scene no more', () => {
    expect(measurementToBegin(settled)).toBeNull();
  });

  it('refreshes now and then while the looped lean-back moves the bones under a still view', () => {
    expect(measurementToBegin({ ...settled, reshaped: true })).toBe('routine');
    expect(measurementToBegin({ ...settled, reshaped: true, age: 0.5 })).toBeNull();
  });

  it('waits while a hand drags the posture, and measures once it rests', () => {
    expect(measurementToBegin({ ...settled, reshaped: true, dragged: true })).toBeNull();
    expect(dropsMeasurement('routine', true)).toBe(true);
    expect(measurementToBegin({ ...settled, reshaped: true, dragged: false })).toBe('routine');
  });

  it('lets a due measurement finish during a drag, so a new step’s labels still catch up', () => {
    expect(dropsMeasurement('due', true)).toBe(false);
    expect(dropsMeasurement('routine', false)).toBe(false);
  });

  it('counts a drag as going on through a frame or two the finger holds, and as resting after a pause', () => {
    // Frames of 1/15 s: moved, moved, held, held, moved, then held on.
    let held = Infinity;
    const dragging = [true, true, false, false, true, false, false, false, false, false, false].map((moved) => {
      held = handHeldAfter(held, 1 / 15, moved);
      return handDragging(held);
    });
    expect(dragging.slice(0, 8)).toEqual([true, true, true, true, true, true, true, true]);
    expect(dragging.at(-1)).toBe(false);
    expect(handDragging(Infinity)).toBe(false);
  });
});
