import type { Landmarks } from '../landmarks';
import { SEGMENTS, SIDES, VERTEBRAE } from '../levels';
import {
  iliolumbarLigamentId,
  interspinousLigamentId,
  ligamentumFlavumId,
  medialBranchId,
  multifidusId,
  spinalNerveId,
} from '../structureIds';
import type { BoundMesh } from './boundMesh';
import { buildIliolumbarLigament, buildInterspinousLigament, buildLigamentumFlavum, buildSupraspinousLigament } from './ligaments';
import { buildAnteriorLongitudinalLigament, buildPosteriorLongitudinalLigament } from './longitudinalLigaments';
import { buildMultifidus } from './multifidus';
import { buildMedialBranch, buildSpinalNerve } from './nerves';

/** Every ligament, nerve and muscle of the model, keyed by its structure id (structures.ts). */
export function buildSoftTissue(landmarks: Landmarks): Map<string, BoundMesh> {
  const tissue = new Map<string, BoundMesh>();
  for (const segment of SEGMENTS) {
    tissue.set(ligamentumFlavumId(segment), buildLigamentumFlavum(landmarks, segment));
    tissue.set(interspinousLigamentId(segment), buildInterspinousLigament(landmarks, segment));
  }
  tissue.set('supraspinous-ligament', buildSupraspinousLigament(landmarks));
  tissue.set('anterior-longitudinal-ligament', buildAnteriorLongitudinalLigament(landmarks));
  tissue.set('posterior-longitudinal-ligament', buildPosteriorLongitudinalLigament(landmarks));
  for (const side of SIDES) tissue.set(iliolumbarLigamentId(side), buildIliolumbarLigament(landmarks, side));
  for (const v of VERTEBRAE) {
    for (const side of SIDES) {
      tissue.set(spinalNerveId(v, side), buildSpinalNerve(landmarks, v, side));
      tissue.set(medialBranchId(v, side), buildMedialBranch(landmarks, v, side));
    }
  }
  for (const side of SIDES) tissue.set(multifidusId(side), buildMultifidus(landmarks, side));
  return tissue;
}
