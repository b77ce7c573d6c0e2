import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, type BufferGeometry, type Material } from 'three';
import type { BoneId } from '../../anatomy/posture';
import type { BoneFrames } from './boneFrames';
import { writeInstanceMatrix } from './instanceMatrices';
import type { OverlayClock } from './motion';

/** Writes instance i's neutral-pose world matrix (metres) for `elapsedS` into `out` and returns its bone. */
export type PlaceInstance = (i: number, elapsedS: number, out: Matrix4) => BoneId;

interface Props {
  frames: BoneFrames;
  geometry: BufferGeometry;
  material: Material;
  count: number;
  place: PlaceInstance;
  /** Per-instance colours (for materials that use them). */
  colours?: readonly string[];
  /** Seconds since this set of instances appeared, on the wall clock; read each frame. */
  clock: OverlayClock;
  renderOrder?: number;
}

/** One draw call for many overlay parts, each carried by its bone as the spine moves. */
export function BoneInstancedMesh({ frames, geometry, material, count, place, colours, clock, renderOrder = 0 }: Props) {
  const ref = useRef<InstancedMesh>(null);
  const scratch = useMemo(() => ({ local: new Matrix4(), delta: new Matrix4(), colour: new Color() }), []);

  useEffect(() => {
    const mesh = ref.current;
    if (!mesh || !colours) return;
    colours.forEach((c, i) => mesh.setColorAt(i, scratch.colour.set(c)));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [colours, scratch]);

  // Nothing is drawn until the first frame has placed every instance (their matrices start as identity: 1 m parts).
  useLayoutEffect(() => {
    if (ref.current) ref.current.count = 0;
  }, [count]);

  // Placed every frame, but marked for upload only when an instance moved: a still overlay keeps the picture still.
  useFrame((state) => {
    const mesh = ref.current;
    if (!mesh) return;
    const elapsedS = clock.elapsed(state.clock.elapsedTime);
    const buffer = mesh.instanceMatrix.array as Float32Array;
    let moved = false;
    for (let i = 0; i < count; i++) {
      const bone = place(i, elapsedS, scratch.local);
      frames.delta(bone, scratch.delta);
      if (writeInstanceMatrix(buffer, i, scratch.delta.multiply(scratch.local))) moved = true;
    }
    mesh.count = count;
    if (moved) mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={ref}
      args={[geometry, material, count]}
      frustumCulled={false}
      renderOrder={renderOrder}
    />
  );
}
