import { describe, expect, it } from 'vitest';
import { ObservedElements } from '../../src/ui/layout/observedElements';

/** A ResizeObserver that only records what it is watching. */
function watcher() {
  const watching = new Set<Element>();
  const calls = { observe: 0, unobserve: 0 };
  const observer = {
    observe: (element: Element) => {
      calls.observe += 1;
      watching.add(element);
    },
    unobserve: (element: Element) => {
      calls.unobserve += 1;
      watching.delete(element);
    },
  };
  return { observer, watching, calls };
}

const element = (name: string) => ({ name }) as unknown as Element;

describe('the scene layout’s resize watch over the UI laid over the scene', () => {
  it('lets go of a legend, toggle or pain map once a step change has removed it, and watches the new step’s', () => {
    const { observer, watching } = watcher();
    const observed = new ObservedElements(observer);
    const scene = element('scene');
    const [legend, toggle, painMap] = [element('legend'), element('toggle'), element('pain map')];
    observed.set([scene, legend, toggle]);
    expect([...watching]).toEqual([scene, legend, toggle]);
    observed.set([scene, painMap]);
    expect(new Set(watching)).toEqual(new Set([scene, painMap]));
  });

  it('watches each element once however often the layout is measured, so a long kiosk day holds one watch per shown element', () => {
    const { observer, watching, calls } = watcher();
    const observed = new ObservedElements(observer);
    const scene = element('scene');
    for (let step = 0; step < 1000; step++) observed.set([scene, element(`legend of step ${step}`)]);
    expect(watching.size).toBe(2);
    expect(calls.observe).toBe(1001);
    expect(calls.unobserve).toBe(999);
  });
});
