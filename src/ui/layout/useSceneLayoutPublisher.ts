import { useEffect, type RefObject } from 'react';
import { useSceneLayout, type ScreenRect } from '../../state/sceneLayout';
import { largestFreeRect } from './freeRect';
import { ObservedElements } from './observedElements';

/** UI laid over the scene marks itself with this attribute; the layout keeps the subject clear of it. */
export const OBSTACLE_ATTRIBUTE = 'data-obstacle';

/** Where the toolbar ends in the scene (it wraps to a second row when narrow), for UI docked under it: the legends. */
export const TOOLBAR_BOTTOM_PROPERTY = '--toolbar-bottom';

/**
 * Where a sheet docked along the scene's left side and down to its foot ends (the doctor's panel, a control sheet or
 * an open legend on a wide screen), so that UI centred at the scene's foot (the before-and-after toggle, the tap hint)
 * centres in what is left of it rather than over the sheet.
 */
export const SIDE_SHEET_RIGHT_PROPERTY = '--side-sheet-right';
const SIDE_SHEETS = '.doctor-panel, .side-panel, .overlay-legend';
/** A sheet wider than this share of the scene is a bottom sheet (phones), not a side one. */
const SIDE_SHEET_MAX_SHARE = 0.6;
/** A sheet reaches the scene's foot when it ends below this share of the scene's height (a folded legend does not). */
const FOOT_FROM_SHARE = 0.75;

/** Obstacle rectangles closer than this to each other or the edge leave no useful gap; the subject keeps this margin. */
const EDGE_MARGIN_PX = 6;

/** The right edge (px from the scene's left) of the sheets docked along the scene's left side, or 0 when none is. */
function sideSheetRight(root: HTMLElement, area: DOMRect): number {
  let right = 0;
  for (const sheet of root.querySelectorAll(SIDE_SHEETS)) {
    const r = sheet.getBoundingClientRect();
    const docked = r.width > 0 && r.left - area.left <= EDGE_MARGIN_PX * 3 && r.width < area.width * SIDE_SHEET_MAX_SHARE;
    const reachesFoot = r.bottom - area.top > area.height * FOOT_FROM_SHARE;
    if (docked && reachesFoot) right = Math.max(right, r.right - area.left);
  }
  return right;
}

/**
 * Measures the scene area and the UI over it from the DOM (ResizeObserver on each, a MutationObserver for UI that
 * comes and goes or folds) and publishes the free rectangle to the scene layout store, at most once per frame; and
 * sets the toolbar's bottom edge on the scene element as a CSS length.
 */
export function useSceneLayoutPublisher(root: RefObject<HTMLElement | null>, scene: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const rootElement = root.current;
    const sceneElement = scene.current;
    if (!rootElement || !sceneElement) return;
    let frame = 0;
    const resize = new ResizeObserver(() => schedule());
    const observed = new ObservedElements(resize);

    const measure = () => {
      frame = 0;
      const area = sceneElement.getBoundingClientRect();
      const toolbar = sceneElement.querySelector('.scene-toolbar');
      if (toolbar) sceneElement.style.setProperty(TOOLBAR_BOTTOM_PROPERTY, `${Math.round(toolbar.getBoundingClientRect().bottom - area.top)}px`);
      sceneElement.style.setProperty(SIDE_SHEET_RIGHT_PROPERTY, `${Math.round(sideSheetRight(rootElement, area))}px`);
      const obstacleElements = [...rootElement.querySelectorAll(`[${OBSTACLE_ATTRIBUTE}]`)];
      observed.set([sceneElement, ...obstacleElements]);
      const obstacles: ScreenRect[] = [];
      for (const element of obstacleElements) {
        const r = element.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const rect = { x: r.left - area.left, y: r.top - area.top, width: r.width, height: r.height };
        if (rect.x + rect.width <= 0 || rect.y + rect.height <= 0 || rect.x >= area.width || rect.y >= area.height) continue;
        obstacles.push(rect);
      }
      const padded = obstacles.map((o) => ({
        x: o.x - EDGE_MARGIN_PX,
        y: o.y - EDGE_MARGIN_PX,
        width: o.width + 2 * EDGE_MARGIN_PX,
        height: o.height + 2 * EDGE_MARGIN_PX,
      }));
      const free = largestFreeRect(area.width, area.height, padded);
      const previous = useSceneLayout.getState();
      const same =
        previous.width === area.width &&
        previous.height === area.height &&
        JSON.stringify(previous.free) === JSON.stringify(free) &&
        JSON.stringify(previous.obstacles) === JSON.stringify(obstacles);
      if (!same) useSceneLayout.setState({ width: area.width, height: area.height, free, obstacles });
    };
    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(measure);
    }

    observed.set([sceneElement]);
    const mutations = new MutationObserver(schedule);
    mutations.observe(rootElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['open', 'class', OBSTACLE_ATTRIBUTE] });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [root, scene]);
}
