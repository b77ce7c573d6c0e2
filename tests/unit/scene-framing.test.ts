import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { overlapArea } from '../../src/state/sceneLayout';
import { FRAME_FILL, frameSubject, freeAreaOffset, MAX_CONTEXT_RATIO } from '../../src/scene/framing';
import { placeLabels } from '../../src/scene/labels/labelLayout';
import { largestFreeRect } from '../../src/ui/layout/freeRect';

/** A box of points (world units) centred at `c`. */
function box(c: Vector3, half: Vector3): Vector3[] {
  const points: Vector3[] = [];
  for (const x of [-1, 1]) for (const y of [-1, 1]) for (const z of [-1, 1]) points.push(c.clone().add(new Vector3(x * half.x, y * half.y, z * half.z)));
  return points;
}

/** Screen size (px) of a world extent at the target's distance. */
function pixels(extent: number, distance: number, fovDeg: number, viewHeight: number): number {
  return (extent * viewHeight) / (2 * distance * Math.tan((fovDeg * Math.PI) / 360));
}

describe('the free rectangle the layout publishes', () => {
  it('is the whole scene without obstacles', () => {
    expect(largestFreeRect(800, 600, [])).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('keeps clear of a toolbar on top and a legend on the left, and is the largest such space', () => {
    const toolbar = { x: 0, y: 0, width: 800, height: 56 };
    const legend = { x: 8, y: 70, width: 380, height: 400 };
    const free = largestFreeRect(800, 600, [toolbar, legend]);
    expect(overlapArea(free, toolbar)).toBe(0);
    expect(overlapArea(free, legend)).toBe(0);
    expect(free).toEqual({ x: 388, y: 56, width: 412, height: 544 });
  });

  it('ignores what lies outside the scene', () => {
    expect(largestFreeRect(400, 300, [{ x: 500, y: 0, width: 100, height: 100 }])).toEqual({ x: 0, y: 0, width: 400, height: 300 });
  });
});

describe('framing a subject in the free rectangle', () => {
  const base = { direction: new Vector3(0, 0, 1), up: new Vector3(0, 1, 0), verticalFovDeg: 35, viewHeight: 800 };

  it('centres the subject on the orbit target and fills FRAME_FILL of the free side', () => {
    const centre = new Vector3(0.01, 0.02, 0);
    const free = { x: 400, y: 60, width: 600, height: 500 };
    const framing = frameSubject({ ...base, points: box(centre, new Vector3(0.03, 0.05, 0.001)), free, minExtent: 0 });
    expect(framing.target.distanceTo(centre)).toBeLessThan(1e-9);
    const distance = framing.position.distanceTo(framing.target);
    expect(pixels(0.1, distance - 0.001, 35, 800) / 500).toBeCloseTo(FRAME_FILL, 3);
  });

  it('shows a small subject with its neighbours, yet never smaller than FRAME_FILL / MAX_CONTEXT_RATIO', () => {
    const free = { x: 0, y: 0, width: 800, height: 800 };
    const tiny = frameSubject({ ...base, points: box(new Vector3(), new Vector3(0.005, 0.005, 0)), free, minExtent: 0.07 });
    const share = pixels(0.01, tiny.position.length(), 35, 800) / 800;
    expect(share).toBeCloseTo(FRAME_FILL / MAX_CONTEXT_RATIO, 3);
    const medium = frameSubject({ ...base, points: box(new Vector3(), new Vector3(0.02, 0.02, 0)), free, minExtent: 0.07 });
    expect(pixels(0.07, medium.position.length(), 35, 800) / 800).toBeCloseTo(FRAME_FILL, 3);
  });

  it('frames for the free area, so a narrower free area moves the camera back', () => {
    const points = box(new Vector3(), new Vector3(0.05, 0.05, 0));
    const wide = frameSubject({ ...base, points, free: { x: 0, y: 0, width: 800, height: 800 }, minExtent: 0 });
    const narrow = frameSubject({ ...base, points, free: { x: 0, y: 0, width: 400, height: 800 }, minExtent: 0 });
    expect(narrow.position.length() / wide.position.length()).toBeCloseTo(2, 1);
  });

  it('moves the picture so the target is drawn at the free area centre', () => {
    expect(freeAreaOffset(1000, 800, { x: 400, y: 100, width: 600, height: 700 })).toEqual([1000, 800, -200, -50, 1000, 800]);
  });
});

describe('placing labels beside the subject', () => {
  const subject = { x: 300, y: 200, width: 200, height: 300 };
  const free = { x: 0, y: 50, width: 800, height: 600 };

  it('puts each label on its anchor side, outside the subject, without overlaps, inside the free area', () => {
    const labels = [
      { anchor: { x: 320, y: 300 }, width: 120, height: 30 },
      { anchor: { x: 330, y: 305 }, width: 120, height: 30 },
      { anchor: { x: 480, y: 260 }, width: 150, height: 30 },
    ];
    const placed = placeLabels(labels, subject, free);
    const rects = placed.map((p, i) => ({ x: p!.x, y: p!.y, width: labels[i]!.width, height: labels[i]!.height }));
    expect(rects[0]!.x + rects[0]!.width).toBeLessThanOrEqual(subject.x);
    expect(rects[2]!.x).toBeGreaterThanOrEqual(subject.x + subject.width);
    for (const [i, r] of rects.entries()) {
      expect(overlapArea(r, subject)).toBe(0);
      expect(r.y).toBeGreaterThanOrEqual(free.y);
      for (const other of rects.slice(i + 1)) expect(overlapArea(r, other)).toBe(0);
    }
  });

  it('uses the other side when the anchor side has no room, and hides a label whose anchor is off screen', () => {
    const tight = { x: 280, y: 50, width: 520, height: 600 };
    const placed = placeLabels([{ anchor: { x: 310, y: 300 }, width: 120, height: 30 }, { anchor: null, width: 80, height: 30 }], subject, tight);
    expect(placed[0]!.x).toBeGreaterThanOrEqual(subject.x + subject.width);
    expect(placed[1]).toBeNull();
  });

  it('puts labels above or below the subject where the free area is too narrow for a column beside it (a phone)', () => {
    const phoneFree = { x: 0, y: 56, width: 380, height: 300 };
    const joint = { x: 90, y: 120, width: 200, height: 180 };
    const labels = [
      { anchor: { x: 120, y: 150 }, width: 130, height: 34 },
      { anchor: { x: 260, y: 160 }, width: 140, height: 34 },
      { anchor: { x: 200, y: 280 }, width: 120, height: 34 },
    ];
    const placed = placeLabels(labels, joint, phoneFree);
    const rects = placed.map((p, i) => ({ x: p!.x, y: p!.y, width: labels[i]!.width, height: labels[i]!.height }));
    for (const [i, r] of rects.entries()) {
      expect(overlapArea(r, joint)).toBe(0);
      expect(r.y).toBeGreaterThanOrEqual(phoneFree.y);
      expect(r.y + r.height).toBeLessThanOrEqual(phoneFree.y + phoneFree.height);
      expect(r.x + r.width).toBeLessThanOrEqual(phoneFree.x + phoneFree.width);
      for (const other of rects.slice(i + 1)) expect(overlapArea(r, other)).toBe(0);
    }
    // The upper anchors' labels above, the lower one's below, each leader line leaving the edge toward the subject.
    expect(rects[0]!.y + rects[0]!.height).toBeLessThanOrEqual(joint.y);
    expect(rects[2]!.y).toBeGreaterThanOrEqual(joint.y + joint.height);
    expect(placed[0]!.lineY).toBe(rects[0]!.y + rects[0]!.height);
    expect(placed[2]!.lineY).toBe(rects[2]!.y);
  });

  it('wraps a row that is wider than the free area onto a second row, further from the subject', () => {
    const narrow = { x: 0, y: 40, width: 300, height: 400 };
    const joint = { x: 60, y: 200, width: 180, height: 150 };
    const labels = [
      { anchor: { x: 100, y: 220 }, width: 160, height: 30 },
      { anchor: { x: 200, y: 220 }, width: 160, height: 30 },
    ];
    const placed = placeLabels(labels, joint, narrow);
    const rects = placed.map((p, i) => ({ x: p!.x, y: p!.y, width: labels[i]!.width, height: labels[i]!.height }));
    expect(overlapArea(rects[0]!, rects[1]!)).toBe(0);
    for (const r of rects) {
      expect(overlapArea(r, joint)).toBe(0);
      expect(r.x + r.width).toBeLessThanOrEqual(narrow.x + narrow.width);
      expect(r.y).toBeGreaterThanOrEqual(narrow.y);
    }
  });
  it('moves a label to the other row when its own has no room left, never onto another label (a phone beside a legend)', () => {
    const besideLegend = { x: 0, y: 114, width: 236, height: 257 };
    const joint = { x: 51, y: 177, width: 138, height: 136 };
    const labels = [
      { anchor: { x: 88, y: 222 }, width: 97, height: 32 },
      { anchor: { x: 113, y: 314 }, width: 110, height: 32 },
      { anchor: { x: 140, y: 200 }, width: 134, height: 32 },
    ];
    const placed = placeLabels(labels, joint, besideLegend);
    const rects = placed.map((p, i) => ({ x: p!.x, y: p!.y, width: labels[i]!.width, height: labels[i]!.height }));
    for (const [i, r] of rects.entries()) {
      expect(r.y).toBeGreaterThanOrEqual(besideLegend.y);
      expect(r.y + r.height).toBeLessThanOrEqual(besideLegend.y + besideLegend.height);
      expect(r.x + r.width).toBeLessThanOrEqual(besideLegend.x + besideLegend.width);
      for (const other of rects.slice(i + 1)) expect(overlapArea(r, other)).toBe(0);
    }
  });
});

describe('labels in a row and a column at once', () => {
  it('keeps a column beside the subject clear of the row above it (an embedded widget, 800×480)', () => {
    const widget = { x: 0, y: 114, width: 380, height: 366 };
    const joint = { x: 133, y: 199, width: 112, height: 195 };
    const labels = [
      { anchor: { x: 171, y: 296 }, width: 150, height: 32 },
      { anchor: { x: 195, y: 258 }, width: 145, height: 32 },
      { anchor: { x: 262, y: 190 }, width: 97, height: 32 },
    ];
    const placed = placeLabels(labels, joint, widget);
    const rects = placed.map((p, i) => ({ x: p!.x, y: p!.y, width: labels[i]!.width, height: labels[i]!.height }));
    for (const [i, r] of rects.entries()) {
      expect(r.y).toBeGreaterThanOrEqual(widget.y);
      expect(r.y + r.height).toBeLessThanOrEqual(widget.y + widget.height);
      for (const other of rects.slice(i + 1)) expect(overlapArea(r, other)).toBe(0);
    }
  });
});
