/**
 * The intervertebral foramen's area in a parasagittal plane through its centre (landmarks' foramenBelow, between
 * the two pedicles): the free space the nerve root passes through, bounded by the pedicles above and below, the
 * bodies and disc in front and the articular processes behind. Degeneration narrows it with osteophytes and
 * hypertrophy of the articular processes and with the disc height loss linked to the grade (§7.2, §12.6).
 */
import { Matrix4, Vector3 } from 'three';
import { DEGENERATION_SHAPE } from '../anatomy/data/pathology';
import { bakedLandmarks } from '../anatomy/bakedLandmarks';
import { SEGMENTS, type Segment, type Side } from '../anatomy/levels';
import { neutralPose } from '../anatomy/posture';
import { segmentBones } from '../anatomy/segmentBones';
import type { Sdf } from '../anatomy/sdf/surfaceNets';
import { sdfInFrame } from '../anatomy/sdf/transformSdf';
import { boneField } from '../anatomy/bones';
import { degeneratedProcessShape } from '../anatomy/variants/degenerationShapes';
import type { DegenerationGrade } from '../anatomy/variants/variantChoice';
import { vertebraLayout } from '../anatomy/vertebraLayout';
import { neutralToPosed, posedBoneMatrices } from './posedSpine';

/** Grid step of the area count (mm) and how far from the foramen centre the count may run. */
const STEP = 0.5;
const HALF_WINDOW = 22;

/** A bone-local field seen in the posed world frame. */
const inWorld = (sdf: Sdf, boneToWorld: Matrix4): Sdf => sdfInFrame(sdf, boneToWorld.clone().invert());

export interface ForamenOptions {
  /** Disc height loss of the segment; by default the loss linked to the grade. */
  discHeightLoss?: number;
}

/** Free area (mm²) of one foramen for a facet degeneration grade, in the standing neutral posture. */
export function foramenArea(segment: Segment, side: Side, grade: DegenerationGrade, options: ForamenOptions = {}): number {
  const { upper, lower } = segmentBones(segment);
  const landmarks = bakedLandmarks();
  const neutral = neutralPose();
  const zero = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  const loss = options.discHeightLoss ?? DEGENERATION_SHAPE[grade].discHeightLoss;
  const posed = posedBoneMatrices(zero, neutral, landmarks, { [segment]: loss });
  const obstacles: Sdf[] = [inWorld(boneField(upper).sdf, posed[upper]), inWorld(boneField(lower).sdf, posed[lower])];
  if (grade !== 0) {
    obstacles.push(inWorld(degeneratedProcessShape(segment, side, 'inferior', grade).sdf, posed[upper]));
    obstacles.push(inWorld(degeneratedProcessShape(segment, side, 'superior', grade).sdf, posed[lower]));
  }
  const [x, cy, cz] = landmarks.vertebrae[upper].sides[side].foramenBelow;
  // In front, the disc: its back is taken flush with the upper body's posterior wall (D). Behind, between the
  // processes, the capsule and ligamentum flavum close the foramen in front of the joint (D: at the joint centre).
  const wall = new Vector3(x, 0, vertebraLayout(upper).posteriorWall).applyMatrix4(posed[upper]);
  const joint = landmarks.vertebrae[upper].sides[side].facetBelow.centre;
  const back = new Vector3(...joint).applyMatrix4(neutralToPosed(lower, posed, neutral)).z;
  const n = Math.round((2 * HALF_WINDOW) / STEP);
  const free = new Uint8Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const y = cy - HALF_WINDOW + (j + 0.5) * STEP;
      const z = cz - HALF_WINDOW + (i + 0.5) * STEP;
      free[j * n + i] = z <= wall.z && z >= back && obstacles.every((sdf) => sdf(x, y, z) > 0) ? 1 : 0;
    }
  return floodArea(free, n, Math.floor(n / 2), Math.floor(n / 2)) * STEP * STEP;
}

/** Cells reachable from the free cell nearest the seed without crossing an obstacle. */
function floodArea(free: Uint8Array, n: number, si: number, sj: number): number {
  let seed = -1;
  for (let r = 0; r < n / 2 && seed < 0; r++)
    for (let dj = -r; dj <= r && seed < 0; dj++)
      for (let di = -r; di <= r && seed < 0; di++) {
        const i = si + di;
        const j = sj + dj;
        if (i >= 0 && j >= 0 && i < n && j < n && free[j * n + i]) seed = j * n + i;
      }
  if (seed < 0) return 0;
  const seen = new Uint8Array(n * n);
  const stack = [seed];
  seen[seed] = 1;
  let count = 0;
  while (stack.length) {
    const c = stack.pop()!;
    count++;
    const i = c % n;
    const j = (c - i) / n;
    for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const a = i + di;
      const b = j + dj;
      if (a < 0 || b < 0 || a >= n || b >= n) continue;
      const k = b * n + a;
      if (!seen[k] && free[k]) {
        seen[k] = 1;
        stack.push(k);
      }
    }
  }
  return count;
}
