import { useEffect, useMemo } from 'react';
import { Color, MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import { SIDES } from '../../anatomy/levels';
import { neutralPose } from '../../anatomy/posture';
import { tpForms } from '../../anatomy/variants/variantChoice';
import { PSEUDO_JOINT_HALF_SIZE_MM, pseudoJointCentre, sacrumSdfInL5 } from '../../anatomy/variants/lstvShapes';
import { LSTV_MODEL } from '../../anatomy/variants/variantStructures';
import type { SceneState } from '../../story/sceneState';
import type { ModelIndex } from '../modelIndex';
import { CARTILAGE_HEX } from '../pressureScale';
import type { BoneFrames } from './boneFrames';
import { BoneInstancedMesh, type PlaceInstance } from './BoneInstancedMesh';
import { OverlayClock } from './motion';
import { unitSphere } from './needleLook';

interface Props {
  frames: BoneFrames;
  index: ModelIndex;
  variants: SceneState['variants'];
}

/** The marker stands this far out round the process's footprint, so its rim shows as a joint line (D). */
const RIM_MM = 2.5;
/** Its thickness: the pseudo-joint's gap, a little over (§12.6: 0-2 mm). */
const HALF_THICKNESS_MM = 0.9;

/**
 * A Castellvi type II pseudo-joint drawn as what it is, a joint: a thin cartilage-coloured lens in the gap between the
 * enlarged transverse process and the sacral ala, whose rim shows round the process. Types I (open gap) and III
 * (bony bridge) have none, so the three read apart. Drawn once the transitional vertebra's glb is grafted.
 */
export function PseudoJointOverlay({ frames, index, variants }: Props) {
  const centres = useMemo(() => {
    const forms = tpForms(variants.lstv, variants.lstvSide);
    const sacrum = sacrumSdfInL5();
    const toWorld = neutralPose().L5;
    return SIDES.filter((side) => forms[side] === 'pseudo-joint').map((side) =>
      new Vector3(...pseudoJointCentre(side, sacrum)).applyMatrix4(toWorld).multiplyScalar(SCENE_UNITS_PER_MM),
    );
  }, [variants.lstv, variants.lstvSide]);
  const look = useMemo(
    () => ({ sphere: unitSphere(), material: new MeshStandardMaterial({ color: new Color(CARTILAGE_HEX), roughness: 0.3 }) }),
    [],
  );
  useEffect(() => () => Object.values(look).forEach((item) => item.dispose()), [look]);
  const clock = useMemo(() => new OverlayClock(), []);
  const place = useMemo<PlaceInstance>(() => {
    const [hx, hz] = PSEUDO_JOINT_HALF_SIZE_MM;
    const size = new Vector3(hx + RIM_MM, HALF_THICKNESS_MM, hz + RIM_MM).multiplyScalar(SCENE_UNITS_PER_MM);
    // Lying flat in L5's own frame, as the process's footprint does.
    const rotation = new Quaternion();
    neutralPose().L5.decompose(new Vector3(), rotation, new Vector3());
    const none = new Vector3(1e-6, 1e-6, 1e-6);
    // Shown only with the process it belongs to (its glb may still be on its way).
    return (i, _t, out) => {
      out.compose(centres[i]!, rotation, index.grafted.has(LSTV_MODEL) ? size : none);
      return 'L5';
    };
  }, [centres, index]);
  if (centres.length === 0) return null;
  return <BoneInstancedMesh frames={frames} geometry={look.sphere} material={look.material} count={centres.length} place={place} clock={clock} />;
}
