/**
 * `npx tsx scripts/bench-biomech.ts`: median time of one full biomechanics update as the trunk slider drags:
 * segment angles, posed bones (with the facet-tip landing search when discs are narrowed), tripod loads and
 * the contact pressure maps of all ten facet joints. Node on this machine; the browser's JIT is similar.
 */
import { buildFacetJoint, type FacetJointMeshes } from '../src/anatomy/joints';
import { computeLandmarks } from '../src/anatomy/landmarks';
import { SEGMENTS, SIDES, type Segment, type Side } from '../src/anatomy/levels';
import { neutralPose } from '../src/anatomy/posture';
import { segmentBones } from '../src/anatomy/segmentBones';
import { segmentLoads } from '../src/biomech/facetLoad';
import { neutralToPosed, posedBoneMatrices } from '../src/biomech/posedSpine';
import { facetPressureMap } from '../src/biomech/pressureMap';
import { segmentAngles } from '../src/biomech/segmentAngles';

const RUNS = 300;
const TRUNK_SWEEP = Array.from({ length: RUNS }, (_, i) => -30 + (45 * i) / (RUNS - 1));

const landmarks = computeLandmarks();
const neutral = neutralPose();
const joints = {} as Record<Segment, Record<Side, FacetJointMeshes>>;
for (const segment of SEGMENTS) joints[segment] = { left: buildFacetJoint(segment, 'left'), right: buildFacetJoint(segment, 'right') };

function update(trunkExtensionDeg: number, discHeightLoss: Partial<Record<Segment, number>>): number {
  let peak = 0;
  const loads = segmentLoads(trunkExtensionDeg, discHeightLoss);
  const posed = posedBoneMatrices(segmentAngles(trunkExtensionDeg), neutral, landmarks, discHeightLoss);
  for (const segment of SEGMENTS) {
    const { upper, lower } = segmentBones(segment);
    const upperMatrix = neutralToPosed(upper, posed, neutral);
    const lowerMatrix = neutralToPosed(lower, posed, neutral);
    for (const side of SIDES) {
      const joint = joints[segment][side];
      const force = side === 'left' ? loads[segment].leftFacetN : loads[segment].rightFacetN;
      peak = Math.max(peak, facetPressureMap(joint.cartilageUpper, joint.cartilageLower, upperMatrix, lowerMatrix, force).peakMPa);
    }
  }
  return peak;
}

function measure(label: string, discHeightLoss: Partial<Record<Segment, number>>): void {
  for (const trunk of TRUNK_SWEEP.slice(0, 30)) update(trunk, discHeightLoss); // warm the caches and the JIT
  const times: number[] = [];
  for (const trunk of TRUNK_SWEEP) {
    const start = performance.now();
    update(trunk, discHeightLoss);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(2);
  console.log(`${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms over ${RUNS} postures (10 facet joints)`);
}

measure('healthy discs', {});
measure('L4-L5 and L5-S1 discs 50 % lower', { 'L4-L5': 0.5, 'L5-S1': 0.5 });
