import { useEffect, useMemo, useState } from 'react';
import type { Object3D } from 'three';
import { createGltfLoader } from './gltfLoader';
import { graftVariant } from './graftVariant';
import type { ModelIndex } from './modelIndex';
import { variantModelUrl } from './modelUrl';

/** Each variant glb is fetched at most once per session (a failed one may be tried again when next needed). */
const loads = new Map<string, Promise<Object3D>>();

function loadVariant(model: string): Promise<Object3D> {
  let load = loads.get(model);
  if (!load) {
    load = createGltfLoader().loadAsync(variantModelUrl(model)).then((gltf) => gltf.scene);
    load.catch(() => loads.delete(model));
    loads.set(model, load);
  }
  return load;
}

export interface VariantModels {
  /** Bumped each time a glb is grafted: the looks must be worked out again. */
  version: number;
  /** The glbs that could not be loaded; the scene goes on without them. */
  failed: readonly string[];
}

/**
 * `needed` must keep its identity while the choice is the same (a memo on the scene state's variants).
 * Fetches the variant glbs the scene needs, when it first needs them, in the background (the drawn scene never
 * suspends or blanks), and grafts each onto the loaded model.
 */
export function useVariantModels(index: ModelIndex | null, needed: readonly string[]): VariantModels {
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!index) return;
    let current = true;
    for (const model of needed) {
      if (index.grafted.has(model)) continue;
      loadVariant(model).then(
        (scene) => {
          graftVariant(index, model, scene);
          if (!current) return;
          setVersion((v) => v + 1);
          setFailed((list) => (list.includes(model) ? list.filter((m) => m !== model) : list));
        },
        () => {
          if (current) setFailed((list) => (list.includes(model) ? list : [...list, model]));
        },
      );
    }
    return () => {
      current = false;
    };
  }, [index, needed]);
  // A failure counts while its glb is still needed (a later try that grafts it takes it off the list).
  const stillFailed = useMemo(() => failed.filter((model) => needed.includes(model)), [failed, needed]);
  return { version, failed: stillFailed };
}
