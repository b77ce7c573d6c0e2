import { useEffect, useMemo } from 'react';
import { ConeGeometry, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import type { Segment } from '../../anatomy/levels';
import { add, scale } from '../../anatomy/softTissue/vec3';
import type { SceneState } from '../../story/sceneState';
import type { BoneFrames } from './boneFrames';
import { BoneInstancedMesh, type PlaceInstance } from './BoneInstancedMesh';
import { OverlayClock } from './motion';
import { unitShaft } from './needleLook';
import { sceneTripodLoads, tripodArrows } from './tripodArrows';

interface Props {
  frames: BoneFrames;
  state: SceneState;
  segment: Segment;
}

const mm = SCENE_UNITS_PER_MM;
const UP = new Vector3(0, 1, 0);
/** Arrow head and shaft sizes, mm (D: a fixed head so even a small force stays visible; the shaft carries the scale). */
const ARROW = { headLength: 5, headRadius: 2.6, shaftRadius: 1.1 } as const;
/** Arrows draw over the bone so the three legs of the tripod are always in view. */
const ARROW_RENDER_ORDER = 10;

/** The tripod's three load arrows for one segment; they re-measure whenever the posture or the discs change. */
export function TripodOverlay({ frames, state, segment }: Props) {
  const loads = sceneTripodLoads(state, segment);
  const arrows = useMemo(
    () => tripodArrows(segment, loads),
    // Loads are compared by value so a re-render with the same numbers keeps the arrows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [segment, loads.discN, loads.leftFacetN, loads.rightFacetN],
  );
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
  const colours = useMemo(() => arrows.map((a) => a.colour), [arrows]);

  const place = useMemo(() => {
    const head: PlaceInstance = (i, _t, out) => {
      const a = arrows[i]!;
      out.compose(
        new Vector3(...scale(a.tip, mm)),
        new Quaternion().setFromUnitVectors(UP, new Vector3(...a.direction)),
        new Vector3(ARROW.headRadius * mm, ARROW.headLength * mm, ARROW.headRadius * mm),
      );
      return a.bone;
    };
    const shaft: PlaceInstance = (i, _t, out) => {
      const a = arrows[i]!;
      const front = add(a.tip, scale(a.direction, -ARROW.headLength));
      out.compose(
        new Vector3(...scale(front, mm)),
        new Quaternion().setFromUnitVectors(UP, new Vector3(...a.direction)),
        new Vector3(ARROW.shaftRadius * mm, Math.max(a.lengthMm, 1e-3) * mm, ARROW.shaftRadius * mm),
      );
      return a.bone;
    };
    return { head, shaft };
  }, [arrows]);

  return (
    <>
      <BoneInstancedMesh frames={frames} geometry={look.shaft} material={look.material} count={arrows.length} place={place.shaft} colours={colours} clock={clock} renderOrder={ARROW_RENDER_ORDER} />
      <BoneInstancedMesh frames={frames} geometry={look.head} material={look.material} count={arrows.length} place={place.head} colours={colours} clock={clock} renderOrder={ARROW_RENDER_ORDER} />
    </>
  );
}
