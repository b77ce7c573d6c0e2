import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Segment } from '../anatomy/levels';
import { lstvVariant } from '../biomech/lstv';
import { currentPosture, setLoopAngle } from '../state/posture';
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

/**
 * The frame loop of the posture, outside React: while the lean-back loops it writes the animated trunk angle into the
 * posture store, and every frame it poses the spine from that store (the rig does nothing while it is unchanged).
 * Anything else that follows the posture reads `currentPosture()` in its own `useFrame`, mounted after this one.
 */
export function PostureDriver({ index, state, reducedMotion }: Props) {
  const rig = useMemo(() => new SpineRig(index), [index]);
  const looping = state.motion.loop === 'lean-back';
  const { overlays, focus, variants } = state;
  const scene = useMemo<RigScene>(
    () => ({ lstv: lstvVariant(variants), pressureSegments: pressureSegments(overlays, focus), degeneration: variants.degeneration }),
    [variants, overlays, focus],
  );
  useEffect(() => () => setLoopAngle(null), []);

  useFrame(({ clock }) => {
    // With reduced motion the loop holds its end position instead of moving.
    setLoopAngle(looping ? (reducedMotion ? LEAN_BACK_PEAK_DEG : leanBackAngle(clock.elapsedTime)) : null);
    rig.pose(currentPosture(), scene);
  });
  return null;
}
