import { useEffect, useMemo } from 'react';
import { ConeGeometry, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import type { Segment } from '../../anatomy/levels';
import { add, scale } from '../../anatomy/softTissue/vec3';
import { segmentMechanics } from '../../biomech/facetLoad';
import type { LstvVariant } from '../../biomech/lstv';
import { currentPosture } from '../../state/posture';
import type { BoneFrames } from './boneFrames';
import { BoneInstancedMesh, type PlaceInstance } from './BoneInstancedMesh';
import { OverlayClock } from './motion';
import { unitShaft } from './needleLook';
import { arrowLengthMm, legForcesN, tripodAnchors } from './tripodArrows';

interface Props {
  frames: BoneFrames;
  segment: Segment;
  lstv: LstvVariant | undefined;
}

const mm = SCENE_UNITS_PER_MM;
const UP = new Vector3(0, 1, 0);
/** Arrow head and shaft sizes, mm (D: a fixed head so even a small force stays visible; the shaft carries the scale). */
const ARROW = { headLength: 5, headRadius: 2.6, shaftRadius: 1.1 } as const;
/** Arrows draw over the bone so the three legs of the tripod are always in view. */
const ARROW_RENDER_ORDER = 10;

/**
 * The tripod's three load arrows for one segment. Their lengths follow the animated posture (posture store), read
 * in the frame loop: they grow and shrink with the looped lean-back and a dragged slider without a React render.
 */
export function TripodOverlay({ frames, segment, lstv }: Props) {
  const anchors = useMemo(() => tripodAnchors(segment), [segment]);
  const clock = useMemo(() => new OverlayClock(), []);
  const look = useMemo(
    () => ({
      shaft: unitShaft(),
      head: new ConeGeometry(1, 1, 16).translate(0, -0.5, 0),
      material: new MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, opacity: 0.95 }),
    }),
    [],
  );
  useEffect(() => () => Object.values(look).forEach((item) => item.dispose()), [look]);
  const colours = useMemo(() => anchors.map((a) => a.colour), [anchors]);

  const place = useMemo(() => {
    const scratch = { position: new Vector3(), turn: new Quaternion(), size: new Vector3(), direction: new Vector3() };
    const orient = (i: number) => scratch.turn.setFromUnitVectors(UP, scratch.direction.set(...anchors[i]!.direction));
    const head: PlaceInstance = (i, _t, out) => {
      const a = anchors[i]!;
      out.compose(scratch.position.set(...scale(a.tip, mm)), orient(i), scratch.size.set(ARROW.headRadius * mm, ARROW.headLength * mm, ARROW.headRadius * mm));
      return a.bone;
    };
    const shaft: PlaceInstance = (i, _t, out) => {
      const a = anchors[i]!;
      const { trunkDeg, discHeightLoss } = currentPosture();
      const lengthMm = arrowLengthMm(legForcesN(segmentMechanics(segment, trunkDeg, discHeightLoss, lstv).loads)[i]!);
      const front = add(a.tip, scale(a.direction, -ARROW.headLength));
      out.compose(scratch.position.set(...scale(front, mm)), orient(i), scratch.size.set(ARROW.shaftRadius * mm, Math.max(lengthMm, 1e-3) * mm, ARROW.shaftRadius * mm));
      return a.bone;
    };
    return { head, shaft };
  }, [anchors, segment, lstv]);

  return (
    <>
      <BoneInstancedMesh frames={frames} geometry={look.shaft} material={look.material} count={anchors.length} place={place.shaft} colours={colours} clock={clock} renderOrder={ARROW_RENDER_ORDER} />
      <BoneInstancedMesh frames={frames} geometry={look.head} material={look.material} count={anchors.length} place={place.head} colours={colours} clock={clock} renderOrder={ARROW_RENDER_ORDER} />
    </>
  );
}
