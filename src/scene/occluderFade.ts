import type { Camera, Scene, WebGLRenderer } from 'three';
import { renderIds, partOfId } from './idPass';
import type { ModelIndex, StructurePart } from './modelIndex';

/** A structure covering at least this share of the subject's pixels is faded. */
const MIN_COVER_SHARE = 0.04;
/** Parts whose own look is this faint already let the subject show through. */
const SEE_THROUGH = 0.5;
/** The id pass is small: what covers the subject shows at a fraction of the screen's pixels. */
const PASS_SCALE = 1 / 4;

/**
 * The structures standing between the camera and the subject: two small id passes, the subject alone and the subject
 * among everything opaque by its own look; where the subject should be but another structure shows, that structure is
 * in front of it. Those covering a fair share of the subject are returned, to be faded so the subject is seen.
 */
export function occludersOf(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, subject: readonly StructurePart[]) {
  const inFront = new Set<StructurePart>();
  if (subject.length === 0) return inFront;
  const parts = new Set(subject);
  const width = Math.max(1, Math.round(gl.domElement.clientWidth * PASS_SCALE));
  const height = Math.max(1, Math.round(gl.domElement.clientHeight * PASS_SCALE));
  const alone = renderIds(gl, scene, camera, index, { only: parts }, width, height);
  const together = renderIds(gl, scene, camera, index, { withOpaque: parts, occludes: (p) => p.look.ownOpacity >= SEE_THROUGH }, width, height);
  const covers = new Map<StructurePart, number>();
  let area = 0;
  for (let i = 0; i < alone.length; i++) {
    if (alone[i] === 0) continue;
    area++;
    const part = partOfId(index, together[i]!);
    if (part && !parts.has(part)) covers.set(part, (covers.get(part) ?? 0) + 1);
  }
  for (const [part, n] of covers) if (n >= Math.max(1, area * MIN_COVER_SHARE)) inFront.add(part);
  return inFront;
}
