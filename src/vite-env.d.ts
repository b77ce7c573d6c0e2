/** The app's package version and build commit, set by the build (vite.pwa.ts). */
declare const __APP_VERSION__: string;
