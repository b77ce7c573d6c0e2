import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import type { BoneFrames } from './boneFrames';
import { BoneInstancedMesh, type PlaceInstance } from './BoneInstancedMesh';
import type { FocusJoint } from './focusJoints';
import { glowMaterial, setGlowOpacity } from './glowMaterial';
import { inflammationShell, nerveSparks } from './inflammationShapes';
import { inflammationPulse, OverlayClock, sparkTwinkle } from './motion';
import { unitSphere } from './needleLook';
import { INFLAMMATION_COLOURS } from './palette';

interface Props {
  frames: BoneFrames;
  joints: readonly FocusJoint[];
  reducedMotion: boolean;
}

const mm = SCENE_UNITS_PER_MM;
const SHELL_OPACITY = 0.9;
const SPARK_OPACITY = 0.9;

/** The inflamed capsules' slow warm glow and the twinkle of sensitised nerve endings on the medial branches. */
export function InflammationOverlay({ frames, joints, reducedMotion }: Props) {
  const shells = useMemo(() => joints.map(inflammationShell), [joints]);
  const sparks = useMemo(() => joints.flatMap(nerveSparks), [joints]);
  const clock = useMemo(() => new OverlayClock(), []);
  const look = useMemo(
    () => ({
      sphere: unitSphere(),
      shell: glowMaterial({ colour: INFLAMMATION_COLOURS.capsule, opacity: SHELL_OPACITY, rim: 0.6 }),
      spark: glowMaterial({ colour: INFLAMMATION_COLOURS.nerve, opacity: SPARK_OPACITY, rim: 0 }),
    }),
    [],
  );
  useEffect(() => () => Object.values(look).forEach((item) => item.dispose()), [look]);

  useFrame((state) => {
    setGlowOpacity(look.shell, SHELL_OPACITY * inflammationPulse(clock.elapsed(state.clock.elapsedTime), reducedMotion));
  });

  const placeShell = useMemo<PlaceInstance>(
    () => (i, _t, out) => {
      const s = shells[i]!;
      const [t, u, n] = s.axes;
      const basis = new Matrix4().makeBasis(new Vector3(...t), new Vector3(...u), new Vector3(...n));
      out.compose(
        new Vector3(s.centre[0] * mm, s.centre[1] * mm, s.centre[2] * mm),
        new Quaternion().setFromRotationMatrix(basis),
        new Vector3(s.halfSizes[0] * mm, s.halfSizes[1] * mm, s.halfSizes[2] * mm),
      );
      return s.bone;
    },
    [shells],
  );
  const placeSpark = useMemo<PlaceInstance>(
    () => (i, t, out) => {
      const s = sparks[i]!;
      const r = s.radiusMm * sparkTwinkle(t, s.phase, reducedMotion) * mm;
      out.makeScale(r, r, r).setPosition(s.centre[0] * mm, s.centre[1] * mm, s.centre[2] * mm);
      return s.bone;
    },
    [sparks, reducedMotion],
  );

  return (
    <>
      <BoneInstancedMesh frames={frames} geometry={look.sphere} material={look.shell} count={shells.length} place={placeShell} clock={clock} renderOrder={3} />
      <BoneInstancedMesh frames={frames} geometry={look.sphere} material={look.spark} count={sparks.length} place={placeSpark} clock={clock} renderOrder={3} />
    </>
  );
}
