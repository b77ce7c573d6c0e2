import { embedEn } from '../../../content/embed.en';
import { embedZhTW } from '../../../content/embed.zh-TW';
import { embedPageUrl, fitBox } from './widgetOptions';

/**
 * embed.js: the one script a clinic pastes into an article (a classic script, no dependencies, a few KB).
 * `<script async src=".../embed.js" data-step="lean-back-intro" data-lang="zh-TW"></script>` puts a widget where
 * the tag stands; `<div data-facet-explainer data-step="...">` placeholders (any number) become widgets too.
 * Each widget is an iframe of the explainer's embed page in a box sized to the column, showing a poster until the
 * reader comes near; the host page talks to it with `FacetExplainer.get(element)` and hears DOM events
 * (`facet-explainer:ready`, `:stepchange`, `:error`) on the widget's element. See the README, "Embedding".
 */
const PROTOCOL = 1;
/** How far ahead of the viewport the scene starts loading, so it is drawn when the reader arrives. */
const NEAR_MARGIN = '600px 0px';
const EVENTS = ['ready', 'stepchange', 'error'];

interface Widget {
  element: HTMLElement;
  iframe: HTMLIFrameElement;
  goToStep(step: string): void;
  setLanguage(lang: string): void;
  setFindings(findings: { lstv?: string; facets?: string; cascade?: string } | null): void;
  play(): void;
  pause(): void;
}

interface FacetExplainerApi {
  version: number;
  widgets: Widget[];
  get(element: Element | null): Widget | undefined;
}

declare global {
  interface Window {
    FacetExplainer?: FacetExplainerApi;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('.', script?.src ?? window.location.href);

function lessData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true || window.matchMedia('(prefers-reduced-data: reduce)').matches;
}

/** Copies only the known, plain fields of an event from the frame: nothing else of its message reaches the page. */
function eventDetail(data: unknown): Record<string, string | number> | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.facetExplainer !== PROTOCOL || !EVENTS.includes(message.event as string)) return null;
  const detail: Record<string, string | number> = {};
  for (const key of ['event', 'step', 'lang', 'scope', 'code', 'command', 'index']) {
    const value = message[key];
    if ((typeof value === 'string' && value.length <= 64) || (typeof value === 'number' && Number.isInteger(value))) detail[key] = value;
  }
  return detail;
}

function createWidget(element: HTMLElement, options: DOMStringMap, api: FacetExplainerApi): void {
  const hostSized = element.getBoundingClientRect().height > 0;
  element.style.display = 'block';
  element.style.position = 'relative';
  fitBox(element, options, hostSized);
  new ResizeObserver(() => fitBox(element, options, hostSized)).observe(element);

  const iframe = document.createElement('iframe');
  iframe.src = embedPageUrl(base, options);
  iframe.title = options.lang === 'en' ? embedEn.frameTitle : embedZhTW.frameTitle;
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  for (const [name, value] of [['position', 'absolute'], ['inset', '0'], ['width', '100%'], ['height', '100%'], ['border', '0']]) {
    iframe.style.setProperty(name!, value!);
  }
  element.replaceChildren(iframe);

  let ready = false;
  const pending: object[] = [];
  const send = (command: object) => {
    const message = { facetExplainer: PROTOCOL, ...command };
    if (ready) iframe.contentWindow?.postMessage(message, base.origin);
    else pending.push(message);
  };
  const widget: Widget = {
    element,
    iframe,
    goToStep: (step) => send({ command: 'goToStep', step }),
    setLanguage: (lang) => send({ command: 'setLanguage', lang }),
    setFindings: (findings) => send({ command: 'setFindings', findings }),
    play: () => send({ command: 'play' }),
    pause: () => send({ command: 'pause' }),
  };
  api.widgets.push(widget);

  window.addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== base.origin) return;
    const detail = eventDetail(event.data);
    if (!detail) return;
    if (detail.event === 'ready' && !ready) {
      ready = true;
      for (const message of pending.splice(0)) iframe.contentWindow?.postMessage(message, base.origin);
    }
    element.dispatchEvent(new CustomEvent(`facet-explainer:${detail.event}`, { bubbles: true, detail: { ...detail, widget } }));
  });

  if (options.start === 'tap' || lessData()) return;
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      widget.play();
    },
    { rootMargin: NEAR_MARGIN },
  );
  near.observe(element);
}

function start(): void {
  const api: FacetExplainerApi = (window.FacetExplainer ??= {
    version: PROTOCOL,
    widgets: [],
    get: (element) => api.widgets.find((widget) => widget.element === element),
  });
  if (script?.dataset.step || script?.dataset.scope) {
    const element = document.createElement('div');
    element.className = 'facet-explainer';
    script.after(element);
    createWidget(element, script.dataset, api);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-facet-explainer]')) {
    if (api.get(element)) continue;
    createWidget(element, element.dataset, api);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
