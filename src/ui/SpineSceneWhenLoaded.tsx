import type { ReactNode } from 'react';
import { DEFAULT_MODEL_URL } from '../scene/modelUrl';
import type { SpineSceneProps } from '../scene/SpineScene';
import { lazyModule, useLazyModule } from './useLazyModule';

/** three, R3F and the model load after the text, in their own chunk: the panel is readable at once on a slow phone. */
const spineScene = lazyModule(async () => {
  const module = await import('../scene/SpineScene');
  void module.startModelLoad(DEFAULT_MODEL_URL);
  return module;
});

/** The 3D scene once its code has arrived (`loading` before); a failed download goes to the nearest error boundary. */
export function SpineSceneWhenLoaded({ loading = null, ...props }: SpineSceneProps & { loading?: ReactNode }) {
  const module = useLazyModule(spineScene);
  if (!module) return loading;
  const SpineScene = module.default;
  return <SpineScene {...props} />;
}
