import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { SIDES, type Segment, type Side } from '../anatomy/levels';
import { facetJointId } from '../anatomy/structureIds';
import { lstvVariant } from '../biomech/lstv';
import { currentPosture, setLoopAngle } from '../state/posture';
import { publishPressureFilm } from '../state/pressureFilm';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../story/sceneState';
import { LEAN_BACK_PEAK_DEG, leanBackAngle } from './leanBack';
import type { ModelIndex } from './modelIndex';
import { SpineRig, type RigScene } from './spineRig';

interface Props {
  index: ModelIndex;
  state: SceneState;
  reducedMotion: boolean;
}

/** Joints whose pressure the map shows: the focused segments, or the default one when the step names none. */
function pressureSegments(overlays: SceneState['overlays'], focus: readonly Segment[]): readonly Segment[] {
  if (!overlays.includes('pressure-map')) return [];
  return focus.length > 0 ? focus : [DEFAULT_FOCUS_SEGMENT];
}

/** The joint the pressure key opens: the first facet joint the step's subject names among the painted ones, else the right one of the first. */
function filmJoint(subject: readonly string[], painted: readonly Segment[]): RigScene['filmJoint'] {
  for (const id of subject) {
    for (const segment of painted) for (const side of SIDES) if (id.startsWith(facetJointId(segment, side))) return { segment, side };
  }
  const first = painted[0];
  return first ? { segment: first, side: 'right' as Side } : null;
}

/**
 * The frame loop of the posture, outside React: while the lean-back loops it writes the animated trunk angle into the
 * posture store, and every frame it poses the spine from that store (the rig does nothing while it is unchanged).
 * Anything else that follows the posture reads `currentPosture()` in its own `useFrame`, mounted after this one.
 */
export function PostureDriver({ index, state, reducedMotion }: Props) {
  const rig = useMemo(() => new SpineRig(index), [index]);
  const looping = state.motion.loop === 'lean-back';
  const { overlays, focus, variants, subject } = state;
  const scene = useMemo<RigScene>(() => {
    const painted = pressureSegments(overlays, focus);
    return { lstv: lstvVariant(variants), pressureSegments: painted, degeneration: variants.degeneration, filmJoint: filmJoint(subject, painted) };
  }, [variants, overlays, focus, subject]);
  useEffect(
    () => () => {
      setLoopAngle(null);
      publishPressureFilm(null);
    },
    [],
  );

  useFrame(({ clock }) => {
    // With reduced motion the loop holds its end position instead of moving.
    setLoopAngle(looping ? (reducedMotion ? LEAN_BACK_PEAK_DEG : leanBackAngle(clock.elapsedTime)) : null);
    rig.pose(currentPosture(), scene);
  });
  return null;
}
