import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { uiZhTW } from './src/content/ui.zh-TW';

/**
 * The installable, offline app: a web app manifest with the project's icons, and a service worker (Workbox,
 * generateSW) that precaches the app, the default model and every variant model, so the explainer works with the
 * network gone after one visit. Files are precached by glob, so new model files are covered as they come.
 * The worker never takes over a page by itself (no skipWaiting, no clientsClaim): an update waits until the next
 * load of the page (src/ui/serviceWorker.ts), never interrupting a patient mid-visit.
 */

/** What the built app is: its package version and the commit it was built from (shown in the contents). */
function appVersion(): string {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${version} (${commit})`;
  } catch {
    return version;
  }
}

const versionPlugin = (): Plugin => ({
  name: 'app-version',
  config: () => ({ define: { __APP_VERSION__: JSON.stringify(appVersion()) } }),
});

/** Anything the app fetches at run time; not models/manifest.json (the build's structure list, read by tests only). */
const PRECACHE = ['**/*.{js,css,html,svg,png}', 'models/**/*.glb'];
/** The article widget's own files (its loader, frame page, classic-script bundles, base64 model scripts, posters): the widget never installs. */
const NOT_PRECACHED = ['embed.js', 'embed.html', 'embed/**', 'models/**/*.glb.js', 'posters/**'];

export function offlineApp(): Plugin[] {
  return [
    versionPlugin(),
    ...VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from our own bundle: no inline script, so the strict CSP holds.
      injectRegister: false,
      // The icons are in the precache glob already.
      includeManifestIcons: false,
      manifest: {
        name: uiZhTW.appTitle,
        short_name: uiZhTW.installName,
        lang: 'zh-TW',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#1d2430',
        theme_color: '#1d2430',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: PRECACHE,
        globIgnores: NOT_PRECACHED,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ];
}
