import { computeLandmarks } from '../src/anatomy/landmarks';
import { neutralPose } from '../src/anatomy/posture';
import { buildFacetJoint } from '../src/anatomy/joints';
import { facetFrameInWorld } from '../src/anatomy/facetFrames';
import { posedBoneMatrices, neutralToPosed } from '../src/biomech/posedSpine';
import { segmentAngles } from '../src/biomech/segmentAngles';
import { facetForce } from '../src/biomech/facetLoad';
import { facetPressureMap } from '../src/biomech/pressureMap';
import { SEGMENTS, segmentLevels } from '../src/anatomy/levels';
const lm = computeLandmarks();
const n = neutralPose();
const bone = (l: string) => (l === 'S1' ? 'sacrum' : l) as any;
for (const seg of SEGMENTS) {
  const j = buildFacetJoint(seg, 'left');
  const f = facetFrameInWorld(seg, 'left');
  for (const [trunk, loss] of [[0, 0], [10, 0], [20, 0], [-20, 0], [0, 0.5], [10, 0.5]] as const) {
    const angles = segmentAngles(trunk);
    const losses = { [seg]: loss };
    const p = posedBoneMatrices(angles, n, lm, losses);
    const [u, l] = segmentLevels(seg);
    const U = neutralToPosed(bone(u), p, n), L = neutralToPosed(bone(l), p, n);
    const F = facetForce(angles[seg], loss).perJointN;
    const t0 = performance.now();
    const m = facetPressureMap(j.cartilageUpper, j.cartilageLower, U, L, F);
    const dt = performance.now() - t0;
    // pressure centroid along u relative to joint centre
    let su = 0, sw = 0;
    const P = j.cartilageLower.positions;
    for (let v = 0; v < m.lower.length; v++) { const w = m.lower[v]!; if (!w) continue; const d = [P[3*v]!-f.centre[0], P[3*v+1]!-f.centre[1], P[3*v+2]!-f.centre[2]]; su += w * (d[0]*f.u[0]+d[1]*f.u[1]+d[2]*f.u[2]); sw += w; }
    console.log(seg, trunk, loss, 'F', F.toFixed(1), 'peak', m.peakMPa.toFixed(2), 'area', m.contactAreaMm2.toFixed(1), 'mean', (F / m.contactAreaMm2).toFixed(2), 'u-centroid', (su / sw).toFixed(2), 'ms', dt.toFixed(2));
  }
}
