/**
 * Close views of one facet joint, as explicit camera poses (mm, anatomical frame) worked out from the joint's own
 * frame and the neutral posture, so they follow the measured anatomy instead of hand-placed numbers. Pure.
 */
import { Vector3 } from '../anatomy/vectorMath';
import { facetFrameInWorld, lowerBoneOf } from '../anatomy/facetFrames';
import type { FacetSegment } from '../anatomy/data/facets';
import { SIDES, type Side, type Vertebra } from '../anatomy/levels';
import { vertebraLayout } from '../anatomy/vertebraLayout';
import { neutralPose, upperEndplateFrame } from '../anatomy/posture';
import type { CameraPose } from './sceneState';

/** Vertical field of view of the scene's camera, degrees (SpineScene). */
const CAMERA_FOV_DEG = 35;

/** Centre of the endplate under a segment's disc (the sacrum's origin is its S1 endplate centre), world mm. */
function discBase(segment: FacetSegment): Vector3 {
  const lower = lowerBoneOf(segment);
  const pose = neutralPose()[lower];
  if (lower === 'sacrum') return new Vector3().applyMatrix4(pose);
  return new Vector3().applyMatrix4(pose.multiply(upperEndplateFrame(lower as Vertebra)));
}

/**
 * Looking straight at the superior articular facet of the lower bone (its cartilage face) from across the joint:
 * the face the pressure map is painted on, seen once the upper bone is ghosted. The view takes in `radiusMm` round
 * its centre, which `towardDisc` (0…1) moves from the joint toward its disc, so the disc's height shows too.
 */
export function facetFaceView(segment: FacetSegment, side: Side, radiusMm: number, towardDisc = 0): CameraPose {
  const frame = facetFrameInWorld(segment, side);
  const target = new Vector3(...frame.centre).lerp(discBase(segment), towardDisc);
  const distance = (radiusMm * 1.15) / Math.sin(((CAMERA_FOV_DEG / 2) * Math.PI) / 180);
  const position = target.clone().addScaledVector(new Vector3(...frame.n), distance);
  return { position: position.toArray(), target: target.toArray() };
}

/**
 * The lumbosacral junction from behind and a little above, centred between L5's two transverse process tips, close
 * enough that both processes and the sacral alae under them fill the view: a transitional process and the normal one
 * side by side. `radiusMm` is how much round that centre the view takes in.
 */
export function lumbosacralView(radiusMm: number): CameraPose {
  const layout = vertebraLayout('L5');
  const toWorld = neutralPose().L5;
  const tips = SIDES.map((side) => new Vector3(...layout.sides[side].transverseTip).applyMatrix4(toWorld));
  const target = tips[0]!.clone().lerp(tips[1]!, 0.5).addScaledVector(UP, -LSTV_VIEW_DROP_MM);
  const distance = (radiusMm * 1.15) / Math.sin(((CAMERA_FOV_DEG / 2) * Math.PI) / 180);
  const position = target.clone().addScaledVector(LUMBOSACRAL_VIEW_DIRECTION, distance);
  return { position: position.toArray(), target: target.toArray() };
}

const UP = new Vector3(0, 1, 0);
/** From behind, 20° above the horizontal: the top of the alae shows beside and under the processes (D). */
const LUMBOSACRAL_VIEW_DIRECTION = new Vector3(0, Math.sin((20 * Math.PI) / 180), -Math.cos((20 * Math.PI) / 180));
/** The view centre sits this far below the tips, between the processes and the alae (D). */
const LSTV_VIEW_DROP_MM = 8;

/** How far from its target a view that only gives a direction places the camera (the rig frames from there), mm. */
const DIRECTION_VIEW_DISTANCE_MM = 300;

/**
 * A segment from behind and above, `elevationDeg` over the horizontal: its disc at the front and its two facet
 * joints behind, left and right, seen as the three feet of a tripod (the bone above drawn as x-ray or ghosted).
 */
export function segmentFromBehindAbove(segment: FacetSegment, elevationDeg: number): CameraPose {
  const target = discBase(segment);
  const elevation = (elevationDeg * Math.PI) / 180;
  const toward = new Vector3(0, Math.sin(elevation), -Math.cos(elevation));
  return { position: target.clone().addScaledVector(toward, DIRECTION_VIEW_DISTANCE_MM).toArray(), target: target.toArray() };
}
