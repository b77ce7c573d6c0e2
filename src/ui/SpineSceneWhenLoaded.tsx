import type { ReactNode } from 'react';
import { DEFAULT_MODEL_URL } from '../scene/modelUrl';
import type { SpineSceneProps } from '../scene/SpineScene';
import { prefetchModel } from '../state/modelPrefetch';
import { knownWithoutWebGL, onWebGLAnswer } from '../state/webglSupport';
import { onFirstContentfulPaint } from './firstContentfulPaint';
import { lazyModule, useLazyModule } from './useLazyModule';

/**
 * three, R3F and the scene in their own chunk, asked for after the text: the panel is readable at once on a slow
 * phone. The model is parsed as soon as the scene's code has run, while the page waits for the WebGL check or React
 * sets the canvas up.
 */
const spineScene = lazyModule(async () => {
  const module = await import('../scene/SpineScene');
  void module.startModelLoad(DEFAULT_MODEL_URL);
  return module;
});

let preloaded = false;

/** The scene's code and the model's bytes, asked for once. */
function preloadSpineScene(): void {
  if (preloaded) return;
  preloaded = true;
  prefetchModel(DEFAULT_MODEL_URL);
  spineScene.load().catch(() => undefined);
}

/**
 * Asks for the scene's code and the model's bytes once the text has been painted, or as soon as the WebGL check says
 * yes if that is sooner, and never once it has said no. The check's answer took 350–450 ms on a software rasteriser:
 * asked for beside it rather than after it, the code and the model are parsed by then, and the first 3D frame came
 * 60–80 ms sooner here. Asked for before the first paint, they delayed it by about 150 ms. The price: a browser
 * whose check answers no after its first paint downloads them (about 420 KB gzip) and shows its text form all the
 * same. A failed download of the code is asked for again when the scene mounts; a failed prefetch of the model
 * leaves the scene's loader to fetch it.
 */
export function preloadSpineSceneAfterFirstPaint(): void {
  const preloadUnlessWithoutWebGL = () => {
    if (!knownWithoutWebGL()) preloadSpineScene();
  };
  onFirstContentfulPaint(preloadUnlessWithoutWebGL);
  const stop = onWebGLAnswer(() => {
    stop();
    preloadUnlessWithoutWebGL();
  });
}

/** The 3D scene once its code has arrived (`loading` before); a failed download goes to the nearest error boundary. */
export function SpineSceneWhenLoaded({ loading = null, ...props }: SpineSceneProps & { loading?: ReactNode }) {
  const module = useLazyModule(spineScene);
  if (!module) return loading;
  const SpineScene = module.default;
  return <SpineScene {...props} />;
}
