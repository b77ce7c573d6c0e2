/**
 * Where the bones go when the trunk extends or flexes: each motion segment turns the whole chain above it
 * about its own centre of rotation (§4.2, §12.4), and a disc that has lost height lets the chain above sink
 * until the tips of its articular processes meet the bone across.
 * The sacrum and ilia stay where the neutral posture puts them.
 */
import { Matrix4, Vector3 } from 'three';
import type { Landmarks, Vec3 } from '../anatomy/landmarks';
import { SEGMENTS, segmentLevels, type Segment, type Vertebra } from '../anatomy/levels';
import { BONE_IDS, type BoneId } from '../anatomy/posture';
import { segmentBones } from '../anatomy/segmentBones';
import { ROTATION_CENTRE } from './data';
import { tipsLanded } from './impingement';

const DEG = Math.PI / 180;

/** The lower level's upper endplate and the upper level's lower endplate bounding a segment's disc. */
function discEndplates(segment: Segment, landmarks: Landmarks) {
  const [upper, lower] = segmentLevels(segment);
  const below = lower === 'S1' ? landmarks.sacrum.upperEndplate : landmarks.vertebrae[lower as Vertebra].upperEndplate;
  const above = landmarks.vertebrae[upper as Vertebra].lowerEndplate;
  const back = new Vector3(...below.posterior).sub(new Vector3(...below.anterior)).setX(0).normalize();
  // The endplate normal: the anterior-to-posterior direction turned 90° toward the head in the sagittal plane.
  const normal = new Vector3(0, -back.z, back.y);
  return { below, above, back, normal };
}

/** Disc height at the endplate centres along the lower endplate's normal, mm. */
function discHeightMm(segment: Segment, landmarks: Landmarks): number {
  const { below, above, normal } = discEndplates(segment, landmarks);
  return new Vector3(...above.centre).sub(new Vector3(...below.centre)).dot(normal);
}

/**
 * A segment's flexion–extension centre in the neutral world frame: mid-sagittal, a fixed fraction of the
 * lower vertebra's upper endplate depth back from its anterior margin, a little below that endplate; in a
 * degenerated disc it moves toward the disc centre, in proportion to the height loss.
 */
export function rotationCentre(segment: Segment, landmarks: Landmarks, discHeightLoss = 0): Vec3 {
  const { below, above, back, normal } = discEndplates(segment, landmarks);
  const centre = new Vector3(...below.anterior)
    .addScaledVector(back, ROTATION_CENTRE.depthFraction * below.depth)
    .addScaledVector(normal, -ROTATION_CENTRE.belowEndplateMm)
    .setX(0);
  const discCentre = new Vector3(...below.centre).add(new Vector3(...above.centre)).multiplyScalar(0.5).setX(0);
  const shift = ROTATION_CENTRE.degeneratedShiftMm * Math.min(1, Math.max(0, discHeightLoss) / ROTATION_CENTRE.fullShiftAtDiscLoss);
  centre.addScaledVector(discCentre.sub(centre).normalize(), shift);
  return [centre.x, centre.y, centre.z];
}

function turnAndSink(segment: Segment, angleDeg: number, sinkMm: number, discHeightLoss: number, landmarks: Landmarks): Matrix4 {
  const [cx, cy, cz] = rotationCentre(segment, landmarks, discHeightLoss);
  const sink = discEndplates(segment, landmarks).normal.multiplyScalar(-sinkMm);
  return new Matrix4()
    .makeTranslation(cx, cy, cz)
    .multiply(new Matrix4().makeRotationX(-angleDeg * DEG))
    .multiply(new Matrix4().makeTranslation(-cx, -cy, -cz))
    .multiply(new Matrix4().makeTranslation(sink.x, sink.y, sink.z));
}

/** Bisection steps for the sink at which the process tips land: 2^-9 of a ≤ 7 mm sink is under 0.02 mm. */
const SINK_SEARCH_STEPS = 9;

/**
 * The motion of a segment's upper level relative to its lower one, in the neutral world frame: sink by the
 * lost disc height along the endplate normal, but no further than the point where the tips of the articular
 * processes come to rest on the bone across (impingement.ts), then turn about the patient's left-right axis
 * through the centre. Extension (positive) tilts the upper vertebra backwards: −angle about +X (left).
 */
function segmentMotion(
  segment: Segment,
  angleDeg: number,
  discHeightLoss: number,
  landmarks: Landmarks,
  neutral: Record<BoneId, Matrix4>,
): Matrix4 {
  const wantedSink = Math.max(0, discHeightLoss) * discHeightMm(segment, landmarks);
  const motion = (sinkMm: number) => turnAndSink(segment, angleDeg, sinkMm, discHeightLoss, landmarks);
  if (wantedSink === 0) return motion(0);
  const { upper, lower } = segmentBones(segment);
  const landed = (sinkMm: number) =>
    tipsLanded(segment, neutral[lower].clone().invert().multiply(motion(sinkMm)).multiply(neutral[upper]));
  if (!landed(wantedSink)) return motion(wantedSink);
  // A tip already on the bone before any sinking (an extension posture) lets the disc sink no further.
  if (landed(0)) return motion(0);
  let [free, blocked] = [0, wantedSink];
  for (let step = 0; step < SINK_SEARCH_STEPS; step++) {
    const mid = (free + blocked) / 2;
    if (landed(mid)) blocked = mid;
    else free = mid;
  }
  return motion(free);
}

/**
 * Bone-local → posed-world matrices. Walks up from the sacrum: each vertebra inherits the motion of the
 * bone below it and adds its own segment's motion.
 */
export function posedBoneMatrices(
  angles: Record<Segment, number>,
  neutral: Record<BoneId, Matrix4>,
  landmarks: Landmarks,
  discHeightLoss: Partial<Record<Segment, number>> = {},
): Record<BoneId, Matrix4> {
  const chain = {} as Record<BoneId, Matrix4>;
  for (const id of BONE_IDS) chain[id] = new Matrix4();
  for (const segment of [...SEGMENTS].reverse()) {
    const { upper, lower } = segmentBones(segment);
    const motion = segmentMotion(segment, angles[segment], discHeightLoss[segment] ?? 0, landmarks, neutral);
    chain[upper] = chain[lower].clone().multiply(motion);
  }
  const posed = {} as Record<BoneId, Matrix4>;
  for (const id of BONE_IDS) posed[id] = chain[id].multiply(neutral[id]);
  return posed;
}

/** The matrix that carries geometry stored in the neutral world frame (discs, cartilage) along with a bone. */
export function neutralToPosed(bone: BoneId, posed: Record<BoneId, Matrix4>, neutral: Record<BoneId, Matrix4>): Matrix4 {
  return posed[bone].clone().multiply(neutral[bone].clone().invert());
}
