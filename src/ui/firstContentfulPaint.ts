/**
 * Runs `task` once the page has first shown content (its first contentful paint). Where the browser does not report
 * paints, after the next frame instead: by then what React has committed is drawn, or about to be.
 */
export function onFirstContentfulPaint(task: () => void): void {
  // supportedEntryTypes is missing in some older browsers, whatever the types say.
  const types =
    typeof PerformanceObserver === 'undefined' ? undefined : (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined);
  if (!types?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(task, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    task();
  });
  observer.observe({ type: 'paint', buffered: true });
}
