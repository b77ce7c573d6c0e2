/**
 * Keeps a ResizeObserver on exactly the elements it is given each time: new ones are observed, and ones no longer
 * given are unobserved and let go (UI over the scene comes and goes with each step; held here after it is removed,
 * every legend, toggle and pain map ever shown stayed in memory for as long as the page was open).
 */
export class ObservedElements {
  private readonly observed = new Set<Element>();

  constructor(private readonly observer: Pick<ResizeObserver, 'observe' | 'unobserve'>) {}

  set(elements: Iterable<Element>): void {
    const current = new Set(elements);
    for (const element of this.observed) {
      if (current.has(element)) continue;
      this.observer.unobserve(element);
      this.observed.delete(element);
    }
    for (const element of current) {
      if (this.observed.has(element)) continue;
      this.observer.observe(element);
      this.observed.add(element);
    }
  }
}
