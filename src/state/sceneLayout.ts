import { create } from 'zustand';

/** A rectangle in CSS pixels, relative to the scene area's top-left corner. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the layout leaves of the scene: the scene area's size, the UI laid over it (toolbar, legends, sheets, chips)
 * and the largest free rectangle between them. Published by the DOM layout when it changes (never per frame); the
 * camera frames the subject in `free`, the labels keep out of `obstacles`.
 */
export interface SceneLayout {
  width: number;
  height: number;
  free: ScreenRect;
  obstacles: readonly ScreenRect[];
}

export const useSceneLayout = create<SceneLayout>()(() => ({
  width: 0,
  height: 0,
  free: { x: 0, y: 0, width: 0, height: 0 },
  obstacles: [],
}));

/** Both rectangles overlap by this many square pixels. */
export function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
