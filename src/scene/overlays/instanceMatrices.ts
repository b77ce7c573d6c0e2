import type { Matrix4 } from 'three';

/**
 * Writes `matrix` as instance `index` of an instanced mesh's matrix buffer, only where it differs from what the buffer
 * holds (as stored: 32-bit floats), and says whether it did. An overlay whose instances stand still then leaves its
 * buffer's version alone, and so the scene's picture (pictureSignature.ts): re-marking it every frame had the scene
 * drawn again at every screen refresh while a tripod, a pseudo-joint or a needle was shown, nothing moving.
 */
export function writeInstanceMatrix(buffer: Float32Array, index: number, matrix: Matrix4): boolean {
  const offset = index * 16;
  const { elements } = matrix;
  let changed = false;
  for (let k = 0; k < 16; k++) {
    const value = Math.fround(elements[k]!);
    if (buffer[offset + k] !== value) {
      buffer[offset + k] = value;
      changed = true;
    }
  }
  return changed;
}
