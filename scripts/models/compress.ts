import type { Document, Transform } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/** Largest magnitude of a normalized signed 16-bit component. */
const INT16_MAX = 32767;
/**
 * Positions snap to every 4th int16 step (4 / 32767 m ≈ 0.12 mm, a fifth of the finest bone voxel): the
 * dropped low bits compress away and keep the default model under its 1 MB budget.
 */
const POSITION_STEP = 4;

/**
 * Positions (metres) stored as normalized int16 with no dequantisation transform: the whole model fits in
 * ±1 m. Unlike gltf-transform's `quantize` for positions, this leaves
 * node transforms untouched, so every bone node keeps exactly its neutral pose for the scene to animate.
 */
function quantizePositionsInMetres(): Transform {
  return (document: Document) => {
    for (const mesh of document.getRoot().listMeshes()) {
      for (const primitive of mesh.listPrimitives()) {
        const position = primitive.getAttribute('POSITION');
        const source = position?.getArray();
        if (!position || !(source instanceof Float32Array)) continue;
        const quantized = new Int16Array(source.length);
        source.forEach((v, i) => {
          if (Math.abs(v) >= 1) throw new Error(`${mesh.getName()}: position ${v} m is outside ±1 m`);
          quantized[i] = Math.round((v * INT16_MAX) / POSITION_STEP) * POSITION_STEP;
        });
        position.setArray(quantized).setNormalized(true);
      }
    }
  };
}

/**
 * Weld, reorder for transmission, quantize (positions 16-bit, normals 8-bit, skin weights 8-bit) and mark
 * for EXT_meshopt_compression, as gltfpack does. Welding happens before quantization so it only merges
 * truly identical vertices and cannot open a closed mesh.
 */
export async function compressDocument(document: Document): Promise<void> {
  await MeshoptEncoder.ready;
  await document.transform(
    weld(),
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantizePositionsInMetres(),
    quantize({ pattern: /^(NORMAL|WEIGHTS_0)$/, quantizeNormal: 8, quantizeWeight: 8 }),
  );
  document.createExtension(KHRMeshQuantization).setRequired(true);
  document
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
}
