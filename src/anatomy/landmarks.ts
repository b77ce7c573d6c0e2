/**
 * Named anatomical points of the posed model, in millimetres in the anatomical frame (anatomy/frame.ts).
 * Soft tissue (ligaments, nerves, muscles), biomechanics and procedures attach to these points, so
 * they always meet the bones the generator actually built.
 */
import type { Level, Side, Vertebra } from './levels';

export type Vec3 = [number, number, number];
export type Sided<T> = Record<Side, T>;
