import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { embedBuild } from './scripts/embed/embedBuildPlugin';
import { offlineApp } from './vite.pwa';

/**
 * The production page's Content-Security-Policy: everything from our own origin, nothing else.
 * WebAssembly compilation is allowed for the meshopt decoder; inline styles for React's style attributes.
 * (Not in dev, where Vite's hot reload needs inline scripts.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The tab's icon, written into the page as a data URL. Linked as a file, Chromium asked the server for it again at
 * every change of address, that is at every step: a request, and an entry in the page's resource timings, per step.
 */
function inlineFavicon(): Plugin {
  const icon = 'src/ui/favicon.svg';
  const linked = `href="/${icon}"`;
  return {
    name: 'inline-favicon',
    // Before Vite turns the link into an asset's address.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(linked)) throw new Error(`index.html links no ${linked}`);
        const svg = readFileSync(new URL(`./${icon}`, import.meta.url), 'utf8').trim();
        return html.replace(linked, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), inlineFavicon(), offlineApp(), embedBuild()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
