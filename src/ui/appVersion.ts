/** The app's version, set by the build (vite.pwa.ts); `dev` where the code runs unbuilt (unit tests). */
export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
