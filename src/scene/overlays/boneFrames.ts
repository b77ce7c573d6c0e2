/**
 * Carries neutral-pose world points onto the moving bones. Overlays are laid out in the neutral pose (world metres);
 * each frame a bone's "delta" (its node's world matrix times the inverse of its neutral matrix) moves them with it.
 */
import { Matrix4 } from 'three';
import { BONE_IDS, neutralPose, type BoneId } from '../../anatomy/posture';
import { matrixToSceneUnits } from '../../anatomy/sceneUnits';
import type { ModelIndex } from '../modelIndex';

export class BoneFrames {
  private readonly inverseNeutral = new Map<BoneId, Matrix4>();

  constructor(private readonly index: ModelIndex) {
    const pose = neutralPose();
    for (const bone of BONE_IDS) this.inverseNeutral.set(bone, matrixToSceneUnits(pose[bone]).invert());
  }

  /** Writes the bone's current delta into `out`; a bone missing from the model follows the model's root. */
  delta(bone: BoneId, out: Matrix4): Matrix4 {
    const node = this.index.nodes.get(bone);
    const inverse = this.inverseNeutral.get(bone);
    if (!node || !inverse) {
      this.index.root.updateWorldMatrix(true, false);
      return out.copy(this.index.root.matrixWorld);
    }
    node.updateWorldMatrix(true, false);
    return out.multiplyMatrices(node.matrixWorld, inverse);
  }
}
