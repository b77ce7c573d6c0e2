import { probeCanvas } from './webglSupport';

/** Answers once whether WebGL works here, from an offscreen canvas, so the page's thread never waits on it. */
self.postMessage(probeCanvas(new OffscreenCanvas(1, 1)));
