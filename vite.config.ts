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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp(), embedBuild()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
