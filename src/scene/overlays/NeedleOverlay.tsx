import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import { SCENE_UNITS_PER_MM } from '../../anatomy/frame';
import { add, scale, sub } from '../../anatomy/softTissue/vec3';
import type { NeedlePlan, ProcedurePlan, RfLesion } from '../../procedures/index';
import type { BoneFrames } from './boneFrames';
import { BoneInstancedMesh, type PlaceInstance } from './BoneInstancedMesh';
import { glowMaterial } from './glowMaterial';
import { bloomProgress, needleProgress, OverlayClock } from './motion';
import { INJECTATE_ML, NEEDLE_OUTER_DIAMETER_MM, NEEDLE_PARTS_MM, sphereRadiusMm, unitBevel, unitShaft, unitSphere } from './needleLook';
import { needleReading } from './needleReading';
import { NEEDLE_COLOURS } from './palette';

interface Props {
  frames: BoneFrames;
  plans: readonly ProcedurePlan[];
  reducedMotion: boolean;
}

const UP = new Vector3(0, 1, 0);
const mm = SCENE_UNITS_PER_MM;

/** A matrix that puts a unit part (front at the origin, pointing +Y) at `frontMm`, pointing along `dir`. */
function partMatrix(out: Matrix4, frontMm: readonly number[], dir: Vector3, radiusMm: number, lengthMm: number): Matrix4 {
  const q = new Quaternion().setFromUnitVectors(UP, dir);
  return out.compose(
    new Vector3(frontMm[0]! * mm, frontMm[1]! * mm, frontMm[2]! * mm),
    q,
    new Vector3(radiusMm * mm, Math.max(lengthMm, 1e-3) * mm, radiusMm * mm),
  );
}

/** Needles (shaft, bevel, hub) sliding in along their paths, then the injectate or RF lesion at the target. */
export function NeedleOverlay({ frames, plans, reducedMotion }: Props) {
  const needles = useMemo(() => plans.flatMap((p) => p.needles), [plans]);
  const lesions = useMemo(() => plans.flatMap((p) => p.lesions), [plans]);
  const clouds = useMemo(() => needles.filter((n) => n.procedure !== 'radiofrequency'), [needles]);
  const clock = useMemo(() => new OverlayClock(), []);
  // A new set of needles starts its approach again.
  useEffect(() => clock.restart(), [clock, needles]);
  const pathLengths = useMemo(() => needles.map((n) => Math.hypot(...sub(n.target, n.entry))), [needles]);
  useFrame((state) => {
    const left = 1 - needleProgress(clock.elapsed(state.clock.elapsedTime), reducedMotion);
    needleReading.needles = needles.length;
    needleReading.remainingMm = Math.max(0, ...pathLengths) * left;
  });
  useEffect(() => () => void (needleReading.needles = 0), []);

  const look = useMemo(
    () => ({
      shaft: unitShaft(),
      bevel: unitBevel(),
      sphere: unitSphere(),
      metal: new MeshStandardMaterial({ color: NEEDLE_COLOURS.shaft, metalness: 0.9, roughness: 0.28 }),
      hub: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.4, transparent: true, opacity: 0.85 }),
      injectate: glowMaterial({ colour: NEEDLE_COLOURS.injectate, opacity: 0.6, rim: 0 }),
      lesion: glowMaterial({ colour: NEEDLE_COLOURS.lesion, opacity: 0.75, rim: 0.35 }),
    }),
    [],
  );
  useEffect(() => () => Object.values(look).forEach((item) => item.dispose()), [look]);

  const hubColours = useMemo(() => needles.map((n) => NEEDLE_COLOURS.hub[n.procedure]), [needles]);
  const place = useMemo(() => needlePlacers(needles, reducedMotion), [needles, reducedMotion]);
  const placeCloud = useMemo(() => cloudPlacer(clouds, reducedMotion), [clouds, reducedMotion]);
  const placeLesion = useMemo(() => lesionPlacer(lesions, reducedMotion), [lesions, reducedMotion]);

  return (
    <>
      <BoneInstancedMesh frames={frames} geometry={look.shaft} material={look.metal} count={needles.length} place={place.shaft} clock={clock} />
      <BoneInstancedMesh frames={frames} geometry={look.bevel} material={look.metal} count={needles.length} place={place.bevel} clock={clock} />
      <BoneInstancedMesh
        frames={frames}
        geometry={look.shaft}
        material={look.hub}
        count={needles.length}
        place={place.hub}
        colours={hubColours}
        clock={clock}
      />
      {clouds.length > 0 && (
        <BoneInstancedMesh frames={frames} geometry={look.sphere} material={look.injectate} count={clouds.length} place={placeCloud} clock={clock} renderOrder={2} />
      )}
      {lesions.length > 0 && (
        <BoneInstancedMesh frames={frames} geometry={look.sphere} material={look.lesion} count={lesions.length} place={placeLesion} clock={clock} renderOrder={2} />
      )}
    </>
  );
}

/** The tip's position after `elapsed` seconds, mm. */
function tipAt(n: NeedlePlan, elapsedS: number, reducedMotion: boolean) {
  return add(n.entry, scale(sub(n.target, n.entry), needleProgress(elapsedS, reducedMotion)));
}

function needlePlacers(needles: readonly NeedlePlan[], reducedMotion: boolean): Record<'shaft' | 'bevel' | 'hub', PlaceInstance> {
  const P = NEEDLE_PARTS_MM;
  const dirs = needles.map((n) => new Vector3(...n.direction));
  const lengths = needles.map((n) => Math.hypot(...sub(n.target, n.entry)) + P.outsideSkin);
  const radius = (n: NeedlePlan) => NEEDLE_OUTER_DIAMETER_MM[n.procedure] / 2;
  return {
    bevel: (i, t, out) => {
      const n = needles[i]!;
      partMatrix(out, tipAt(n, t, reducedMotion), dirs[i]!, radius(n), P.bevelLength);
      return n.bone;
    },
    shaft: (i, t, out) => {
      const n = needles[i]!;
      const front = add(tipAt(n, t, reducedMotion), scale(n.direction, -P.bevelLength));
      partMatrix(out, front, dirs[i]!, radius(n), lengths[i]! - P.bevelLength);
      return n.bone;
    },
    hub: (i, t, out) => {
      const n = needles[i]!;
      const front = add(tipAt(n, t, reducedMotion), scale(n.direction, -lengths[i]!));
      partMatrix(out, front, dirs[i]!, P.hubRadius, P.hubLength);
      return n.bone;
    },
  };
}

function cloudPlacer(clouds: readonly NeedlePlan[], reducedMotion: boolean): PlaceInstance {
  return (i, t, out) => {
    const n = clouds[i]!;
    const r = sphereRadiusMm(INJECTATE_ML[n.procedure as keyof typeof INJECTATE_ML]) * Math.max(1e-3, bloomProgress(t, reducedMotion));
    out.compose(new Vector3(...scale(n.target, mm)), new Quaternion(), new Vector3(r * mm, r * mm, r * mm));
    return n.bone;
  };
}

function lesionPlacer(lesions: readonly RfLesion[], reducedMotion: boolean): PlaceInstance {
  return (i, t, out) => {
    const lesion = lesions[i]!;
    const grow = Math.max(1e-3, bloomProgress(t, reducedMotion));
    const q = new Quaternion().setFromUnitVectors(UP, new Vector3(...lesion.axis));
    const r = lesion.radiusMm * grow * mm;
    out.compose(new Vector3(...scale(lesion.centre, mm)), q, new Vector3(r, lesion.halfLengthMm * grow * mm, r));
    return lesion.bone;
  };
}
