/**
 * Models in a frame with an opaque origin (`<iframe sandbox="allow-scripts">` without allow-same-origin): there every
 * fetch() is a CORS request, which a plain static host refuses. The build writes each glb again as a classic script
 * beside it (`models/x.glb.js`, see scripts/embed/modelScripts.ts), which any host serves to any page; this module
 * answers the app's fetches of our own `.glb` files from those scripts, so the loaders above it need not know.
 * Any other model file (a lighter first model, a variant) takes the same path without a change here.
 */
const CALLBACK = '__facetExplainerModel';

declare global {
  interface Window {
    /** Called by a model script with its own URL and the glb's bytes in base64. */
    [CALLBACK]?: (scriptUrl: string, base64: string) => void;
  }
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const arrivals = new Map<string, (base64: string) => void>();

function loadModelScript(glbUrl: URL): Promise<Uint8Array<ArrayBuffer>> {
  const scriptUrl = `${glbUrl.href}.js`;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = scriptUrl;
    arrivals.set(scriptUrl, (base64) => resolve(decodeBase64(base64)));
    script.onerror = () => reject(new TypeError(`model script failed: ${scriptUrl}`));
    script.onload = () => {
      arrivals.delete(scriptUrl);
      script.remove();
    };
    document.head.append(script);
  });
}

function requestUrl(input: RequestInfo | URL): URL {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
}

/** In an opaque origin, routes fetches of this site's `.glb` files through their model scripts; elsewhere does nothing. */
export function installOpaqueOriginModels(): void {
  if (window.origin !== 'null') return;
  window[CALLBACK] = (scriptUrl, base64) => arrivals.get(scriptUrl)?.(base64);
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = requestUrl(input);
    if (url.origin !== window.location.origin || !url.pathname.endsWith('.glb')) return fetchFromNetwork(input, init);
    return loadModelScript(url).then((bytes) => new Response(bytes, { headers: { 'Content-Type': 'model/gltf-binary' } }));
  };
}
