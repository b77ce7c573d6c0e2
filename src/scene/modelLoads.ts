import { LoaderUtils, type Object3D } from 'three';
import { reportDownload } from '../state/loadProgress';
import { takePrefetchedModel } from '../state/modelPrefetch';
import { createGltfLoader } from './gltfLoader';

/**
 * Each glb is fetched at most once per session. A failed load is kept (so a component suspended on it sees the
 * failure) until a later attempt is asked for: the caller decides when (a "try again", or the next state that needs
 * it after a short backoff).
 */
interface Load {
  promise: Promise<Object3D>;
  /** The same load, never rejecting: null when it failed (for React's `use`, without an error to catch). */
  settled: Promise<Object3D | null>;
  attempt: number;
  failed: boolean;
  /** What the load came to, once it has: the scene, or null when it failed. */
  outcome?: Object3D | null;
}
const loads = new Map<string, Load>();

/** The failures in a row of each glb that has not loaded yet, and when the last one happened. */
const failures = new Map<string, { count: number; at: number }>();

/** An automatic retry waits 2 s after the first failure, doubling with each further one, at most 30 s. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

export function retryDelayMs(failuresInARow: number): number {
  return failuresInARow <= 0 ? 0 : Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failuresInARow - 1));
}

/** Milliseconds until an automatic retry of this glb is due (0 when it never failed or its backoff has passed). */
export function retryWaitMs(url: string, now: number): number {
  const failure = failures.get(url);
  return failure ? Math.max(0, failure.at + retryDelayMs(failure.count) - now) : 0;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function startLoad(url: string, attempt: number): Load {
  const cached = loads.get(url);
  if (cached && !(cached.failed && attempt > cached.attempt)) return cached;
  const loader = createGltfLoader();
  const fetchAndParse = () => loader.loadAsync(url, (event) => reportDownload(url, event.loaded, event.total));
  const prefetched = takePrefetchedModel(url);
  // Prefetched bytes are usually in when the scene asks for them, in the task that has just set up its renderer:
  // parsed in a task of their own, so neither blocks the page for long (together they took 90–120 ms here).
  const parse = (bytes: ArrayBuffer) => nextTask().then(() => loader.parseAsync(bytes, LoaderUtils.extractUrlBase(url)));
  const gltf = prefetched ? prefetched.then(parse, fetchAndParse) : fetchAndParse();
  const promise = gltf.then((loaded) => loaded.scene);
  const settled = promise.then(
    (scene) => {
      failures.delete(url);
      load.outcome = scene;
      return scene;
    },
    () => {
      load.failed = true;
      load.outcome = null;
      failures.set(url, { count: (failures.get(url)?.count ?? 0) + 1, at: Date.now() });
      return null;
    },
  );
  const load: Load = { promise, settled, attempt, failed: false };
  loads.set(url, load);
  return load;
}

/** The glb's load: the same promise each time, unless the last one failed and this asks for a later attempt. */
export function loadModel(url: string, attempt = 0): Promise<Object3D> {
  return startLoad(url, attempt).promise;
}

/** As loadModel, but resolving to null where the load failed. */
export function loadModelOrNull(url: string, attempt = 0): Promise<Object3D | null> {
  return startLoad(url, attempt).settled;
}

/**
 * The glb's model if this attempt's load has already come to an end (null when it failed), so a scene mounted after it
 * starts with it rather than a render later; undefined while it is under way or not asked for.
 */
export function settledModel(url: string, attempt = 0): Object3D | null | undefined {
  const load = loads.get(url);
  return load && !(load.failed && attempt > load.attempt) ? load.outcome : undefined;
}

/** Fetches a glb again if its last load failed (otherwise the load there is). */
export function retryModel(url: string): Promise<Object3D> {
  return loadModel(url, (loads.get(url)?.attempt ?? 0) + 1);
}
