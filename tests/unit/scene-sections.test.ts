import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { SCENE_UNITS_PER_MM } from '../../src/anatomy/frame';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, type Segment } from '../../src/anatomy/levels';
import { axialCutPlane, axialCutView, foramenView, segmentAxis } from '../../src/scene/sectionGeometry';
import { exitingNerveId, foramenSide, sectionOverlay, sectionSegment } from '../../src/scene/sectionViews';
import { sceneStateSchema, type SceneStateInput } from '../../src/story/sceneState';

const landmarks = computeLandmarks();
const neutral = () => ({ upper: new Matrix4(), lower: new Matrix4() });
const scene = (p: readonly number[]) => new Vector3(p[0], p[1], p[2]).multiplyScalar(SCENE_UNITS_PER_MM);
const state = (input: Partial<SceneStateInput>) => sceneStateSchema.parse({ camera: 'superior', visible: {}, ...input });

describe('the axial cut', () => {
  it('passes through both facet joints of its segment and keeps what lies below', () => {
    for (const segment of SEGMENTS) {
      const plane = axialCutPlane(segment, landmarks, neutral());
      const upper = segment.split('-')[0] as 'L1';
      for (const side of SIDES) {
        // Within 2 mm: the two joints sit at nearly the same height across a symmetric segment.
        expect(Math.abs(plane.distanceToPoint(scene(landmarks.vertebrae[upper].sides[side].facetBelow.centre)))).toBeLessThan(0.002);
      }
      // The upper body is cut away (negative side), the bone below kept.
      expect(plane.distanceToPoint(scene(landmarks.vertebrae[upper].bodyCentre))).toBeLessThan(0);
      const below = segment === 'L5-S1' ? landmarks.sacrum.anteriorS2 : landmarks.vertebrae[segment.split('-')[1] as 'L1'].bodyCentre;
      expect(plane.distanceToPoint(scene(below))).toBeGreaterThan(0);
    }
  });

  it('lies lower down the spine segment by segment, and tilts with the lordosis', () => {
    const points = SEGMENTS.map((segment) => axialCutPlane(segment, landmarks, neutral()).coplanarPoint(new Vector3()));
    for (let i = 1; i < SEGMENTS.length; i++) expect(points[i]!.y).toBeLessThan(points[i - 1]!.y);
    // L5-S1 sits on the tilted sacrum: its axis leans forward far more than the mid-lumbar ones.
    const lean = (segment: Segment) => segmentAxis(segment, neutral()).z;
    expect(lean('L5-S1')).toBeGreaterThan(lean('L3-L4') + 0.2);
  });

  it('moves with the posture', () => {
    const lifted = { upper: new Matrix4().makeTranslation(0, 0.01, 0), lower: new Matrix4().makeTranslation(0, 0.01, 0) };
    const a = axialCutPlane('L4-L5', landmarks, neutral());
    const b = axialCutPlane('L4-L5', landmarks, lifted);
    const raised = a.coplanarPoint(new Vector3()).add(new Vector3(0, 0.01, 0));
    expect(b.distanceToPoint(raised)).toBeCloseTo(0, 9);
    expect(b.normal.distanceTo(a.normal)).toBeCloseTo(0, 9);
  });

  it('is looked at from above, with the back of the spine at the top of the screen', () => {
    for (const segment of SEGMENTS) {
      const { direction } = axialCutView(segment, landmarks, neutral());
      expect(direction.y).toBeGreaterThan(0.7);
      expect(direction.z).toBeGreaterThan(0);
    }
  });
});

describe('the foramen view', () => {
  it('looks into the side of the worse joint, the left when they are alike', () => {
    expect(foramenSide(state({ variants: { degeneration: { 'L4-L5': { right: 2, left: 1 } } } }), 'L4-L5')).toBe('right');
    expect(foramenSide(state({ variants: { degeneration: { 'L4-L5': { right: 1, left: 2 } } } }), 'L4-L5')).toBe('left');
    expect(foramenSide(state({ variants: { degeneration: { 'L4-L5': 3 } } }), 'L4-L5')).toBe('left');
    expect(foramenSide(state({}), 'L5-S1')).toBe('left');
  });

  it('looks from that side at the foramen below the upper vertebra, where its nerve leaves', () => {
    const left = foramenView('L4-L5', 'left', landmarks, neutral());
    const right = foramenView('L4-L5', 'right', landmarks, neutral());
    expect(left.direction.x).toBeGreaterThan(0.9);
    expect(right.direction.x).toBeLessThan(-0.9);
    expect(left.centre.distanceTo(scene(landmarks.vertebrae.L4.sides.left.foramenBelow))).toBeLessThan(1e-9);
    expect(exitingNerveId('L4-L5', 'left')).toBe('nerve-L4-left');
    expect(exitingNerveId('L5-S1', 'right')).toBe('nerve-L5-right');
  });

  it('takes the focus segment, or the default one', () => {
    expect(sectionSegment(state({ focus: ['L5-S1', 'L4-L5'] }))).toBe('L5-S1');
    expect(sectionSegment(state({}))).toBe('L4-L5');
    expect(sectionOverlay(state({ overlays: ['axial-cut', 'inflammation'] }))).toBe('axial-cut');
    expect(sectionOverlay(state({ overlays: ['inflammation'] }))).toBeNull();
  });
});
