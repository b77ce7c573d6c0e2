/**
 * Loads the app into the frame with a classic script (its styles inside): no `type="module"`, no `crossorigin`, so
 * it is no CORS request and a plain static host serves it even to a sandboxed frame with an opaque origin.
 */
export function loadApp(app: { script: string }, onFailed: () => void): void {
  const script = document.createElement('script');
  script.src = app.script;
  script.onerror = onFailed;
  document.head.append(script);
}

/** Data Saver, or a reader who asked for less data: the poster stays until tapped. */
export function wantsLessData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true || window.matchMedia('(prefers-reduced-data: reduce)').matches;
}

/** Calls `onVisible` once, the first time any of the frame shows in the reader's viewport. */
export function whenVisible(onVisible: () => void): void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    onVisible();
  });
  observer.observe(document.documentElement);
}
