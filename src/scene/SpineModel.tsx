import { useFrame, useLoader, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Material } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { variantDisplay } from '../anatomy/variants/variantSelection';
import { reportDownload } from '../state/loadProgress';
import type { SceneState } from '../story/sceneState';
import { ModelIndex } from './modelIndex';
import { MULTIFIDUS_LOOK } from './multifidusLook';
import { lookContext, structureIdOf, structureLook } from './structureLook';
import { useVariantModels } from './useVariantModels';
import { drawableDisplay } from './variantLook';

interface Props {
  url: string;
  state: SceneState;
  selectedId: string | null;
  reducedMotion: boolean;
  onIndex: (index: ModelIndex) => void;
  onPick: (id: string | null) => void;
  /** The variant glbs that could not be loaded (empty again once none is needed). */
  onVariantsFailed: (models: readonly string[]) => void;
}

const isBone = (id: string | null) => id !== null && STRUCTURE_BY_ID.get(id)?.kind === 'bone';

/** A tap that moved more than this many pixels was a drag (rotate / pan), not a pick. */
const TAP_SLOP_PX = 8;

/**
 * The anatomy model: visibility, highlight and x-ray follow the scene state; a tap picks a structure. Pathology
 * variants come from their own glbs, fetched when first needed and grafted on; until then the normal parts show.
 */
export function SpineModel({ url, state, selectedId, reducedMotion, onIndex, onPick, onVariantsFailed }: Props) {
  const gltf = useLoader(
    GLTFLoader,
    url,
    (loader) => loader.setMeshoptDecoder(MeshoptDecoder),
    (event) => reportDownload(url, event.loaded, event.total),
  );
  const index = useMemo(() => new ModelIndex(gltf.scene), [gltf.scene]);

  useEffect(() => {
    onIndex(index);
    return () => index.dispose();
  }, [index, onIndex]);

  // Only what changes the looks: a dragged posture slider must not walk every part on each frame.
  const { visible, highlighted, xray, focus, variants, overlays } = state;
  const variantsKey = JSON.stringify(variants);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- variantsKey stands for the variant choice by value.
  const needed = useMemo(() => variantDisplay(variants).models, [variantsKey]);
  const { version, failed } = useVariantModels(index, needed);
  const failedKey = failed.join(',');
  useEffect(() => onVariantsFailed(failed), [failedKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const lookKey = JSON.stringify({ visible, highlighted, xray, focus, selectedId, variants, overlays, version });
  useEffect(() => {
    const condition = MULTIFIDUS_LOOK[variants.multifidus];
    const context = lookContext(state, drawableDisplay(variants, index.grafted));
    for (const part of index.parts) {
      const look = structureLook(state, part.id, selectedId, context);
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
