import { beforeEach, describe, expect, it } from 'vitest';
import {
  addStep,
  addStroke,
  clearDoctorSession,
  moveStep,
  putAwayStrokes,
  removeStep,
  saveView,
  showView,
  toggleMark,
  undoStroke,
  useDoctorSession,
} from '../../src/state/doctorSession';
import { compositionSchema, LIMITS } from '../../src/story/share/composition';
import { withPoint } from '../../src/ui/doctor/strokePath';

const POSE = { position: [10, 120, -250] as [number, number, number], target: [0, 95, 0] as [number, number, number] };
const stroke = { colour: 'red' as const, points: [[0, 0], [40, 10]] as [number, number][] };

beforeEach(clearDoctorSession);

describe("the doctor's session", () => {
  it('keeps a short reorderable playlist and distinct marks', () => {
    for (const step of ['lstv', 'welcome', 'lstv', 'meniscoid']) addStep(step);
    moveStep('meniscoid', -1);
    moveStep('lstv', -1);
    expect(useDoctorSession.getState().playlist).toEqual(['lstv', 'meniscoid', 'welcome']);
    toggleMark('facet-L4-L5-left');
    toggleMark('facet-L5-S1-right');
    toggleMark('facet-L4-L5-left');
    expect(useDoctorSession.getState().marks).toEqual(['facet-L5-S1-right']);
  });

  it('puts strokes away as a saved view when the camera moves, and brings both back', () => {
    addStroke(stroke, POSE);
    addStroke({ ...stroke, colour: 'blue' }, POSE);
    undoStroke();
    putAwayStrokes('lstv');
    const state = useDoctorSession.getState();
    expect(state.strokes).toEqual([]);
    expect(state.views).toEqual([{ step: 'lstv', camera: POSE, strokes: [stroke] }]);
    expect(state.playlist).toEqual(['lstv']);
    showView(0);
    expect(useDoctorSession.getState().strokes).toEqual([stroke]);
    expect(useDoctorSession.getState().strokesPose).toEqual(POSE);
    // A stroke added to a recalled view is saved with it.
    addStroke({ ...stroke, colour: 'white' }, POSE);
    expect(useDoctorSession.getState().views[0]!.strokes).toHaveLength(2);
  });

  it('drops a removed step’s views, and clearDoctorSession leaves nothing of the visit', () => {
    saveView('lstv', POSE);
    addStep('welcome');
    removeStep('lstv');
    expect(useDoctorSession.getState().views).toEqual([]);
    toggleMark('facet-L4-L5-left');
    clearDoctorSession();
    const { playlist, marks, views, strokes, notice } = useDoctorSession.getState();
    expect({ playlist, marks, views, strokes, notice }).toEqual({ playlist: [], marks: [], views: [], strokes: [], notice: null });
  });

  it('keeps a long scribble within the point limit, ends kept, and every saved view valid for the link', () => {
    let points: [number, number][] = [];
    for (let i = 0; i < 1000; i++) points = withPoint(points, [i * 7, Math.round(300 * Math.sin(i / 20))]);
    expect(points.length).toBeLessThanOrEqual(LIMITS.pointsPerStroke);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)![0]).toBe(LIMITS.coordinate);
    addStroke({ colour: 'yellow', points }, POSE);
    putAwayStrokes('lstv');
    const { playlist, marks, views } = useDoctorSession.getState();
    expect(compositionSchema.safeParse({ steps: playlist, marks, views, findings: null, locale: 'en' }).success).toBe(true);
  });
});
