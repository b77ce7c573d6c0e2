import type { Landmarks } from './landmarks';
import table from './bakedLandmarks.json';

/**
 * The landmarks of `computeLandmarks()`, computed when the models are built (`npm run models`) and read here: finding
 * them snaps points onto the signed-distance bones, which blocked the page for a third of a second at load (the iliac
 * blade's table alone). A unit test (anatomy-landmarks) holds the file to the computation. A fresh copy each call, as
 * `computeLandmarks()` gives.
 */
export function bakedLandmarks(): Landmarks {
  return structuredClone(table as unknown as Landmarks);
}
