import { useFrame, useLoader, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Material } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import type { SceneState } from '../story/sceneState';
import { ModelIndex } from './modelIndex';
import { MULTIFIDUS_LOOK } from './multifidusLook';
import { structureIdOf, structureLook } from './structureLook';

interface Props {
  url: string;
  state: SceneState;
  selectedId: string | null;
  reducedMotion: boolean;
  onIndex: (index: ModelIndex) => void;
  onPick: (id: string | null) => void;
}

const isBone = (id: string | null) => id !== null && STRUCTURE_BY_ID.get(id)?.kind === 'bone';

/** A tap that moved more than this many pixels was a drag (rotate / pan), not a pick. */
const TAP_SLOP_PX = 8;

/** The anatomy model: visibility, highlight and x-ray follow the scene state; a tap picks a structure. */
export function SpineModel({ url, state, selectedId, reducedMotion, onIndex, onPick }: Props) {
  const gltf = useLoader(GLTFLoader, url, (loader) => loader.setMeshoptDecoder(MeshoptDecoder));
  const index = useMemo(() => new ModelIndex(gltf.scene), [gltf.scene]);

  useEffect(() => {
    onIndex(index);
    return () => index.dispose();
  }, [index, onIndex]);

  // Only what changes the looks: a dragged posture slider must not walk every part on each frame.
  const { visible, highlighted, xray, focus } = state;
  const multifidus = state.variants.multifidus;
  const lookKey = JSON.stringify({ visible, highlighted, xray, focus, selectedId, multifidus });
  useEffect(() => {
    const condition = MULTIFIDUS_LOOK[multifidus];
    for (const part of index.parts) {
      const look = structureLook(state, part.id, selectedId);
      part.look.setTarget(look.visible, look.highlighted, look.ghost);
      if (part.look.kind === 'muscle') part.look.setMuscleCondition(condition.fatShare, condition.thicknessMm);
    }
    // lookKey stands for the fields of state that structureLook reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, lookKey]);

  useFrame((_, delta) => {
    for (const part of index.parts) part.look.advance(delta, reducedMotion);
  });

  const handleClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    if (event.delta > TAP_SLOP_PX) return;
    const drawn = event.intersections.filter((i) => (i.object as { material?: Material }).material?.visible);
    // In x-ray the bone is a ghost: a tap reaches the disc or joint behind it.
    const seeThrough = state.xray ? drawn.find((i) => !isBone(structureIdOf(i.object))) : undefined;
    const hit = seeThrough ?? drawn[0];
    onPick(hit ? structureIdOf(hit.object) : null);
  };

  return <primitive object={gltf.scene} onClick={handleClick} onPointerMissed={() => onPick(null)} />;
}
