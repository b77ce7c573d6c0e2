import type { Matrix4 } from 'three';
import type { Sdf } from './surfaceNets';

/**
 * A field built in one frame, read in another: `toFieldFrame` carries points of the reading frame into the
 * field's own frame (a rigid move, so distances are kept).
 */
export function sdfInFrame(sdf: Sdf, toFieldFrame: Matrix4): Sdf {
  const e = toFieldFrame.elements;
  return (x, y, z) =>
    sdf(e[0]! * x + e[4]! * y + e[8]! * z + e[12]!, e[1]! * x + e[5]! * y + e[9]! * z + e[13]!, e[2]! * x + e[6]! * y + e[10]! * z + e[14]!);
}
