import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { lstvVariant } from '../biomech/lstv';
import { DEFAULT_FOCUS_SEGMENT, type SceneState } from '../story/sceneState';
import { LEAN_BACK_PEAK_DEG, leanBackAngle } from './leanBack';
import type { ModelIndex } from './modelIndex';
import { SpineRig } from './spineRig';

interface Props {
  index: ModelIndex;
  state: SceneState;
  reducedMotion: boolean;
}

/** Joints whose pressure the map shows: the focused segments, or the default one when the step names none. */
function pressureSegments(state: SceneState): SceneState['focus'] {
  if (!state.overlays.includes('pressure-map')) return [];
  return state.focus.length > 0 ? state.focus : [DEFAULT_FOCUS_SEGMENT];
}

/** Poses the spine from the scene state each frame; the looped lean-back runs here, outside React. */
export function PostureDriver({ index, state, reducedMotion }: Props) {
  const rig = useMemo(() => new SpineRig(index), [index]);
  const { motion, variants } = state;
  const segments = pressureSegments(state);
  const lstv = lstvVariant(variants);

  useFrame(({ clock }) => {
    const looping = motion.loop === 'lean-back';
    // With reduced motion the loop holds its end position instead of moving.
    const trunk = looping ? (reducedMotion ? LEAN_BACK_PEAK_DEG : leanBackAngle(clock.elapsedTime)) : motion.extensionDeg;
    rig.pose({
      trunkExtensionDeg: trunk,
      discHeightLoss: motion.discHeightLoss,
      lstv,
      pressureSegments: segments,
      degeneration: variants.degeneration,
    });
  });
  return null;
}
