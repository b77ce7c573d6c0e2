import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Material, Object3D } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import { variantDisplay } from '../anatomy/variants/variantSelection';
import type { SceneState } from '../story/sceneState';
import { loadModelOrNull, settledModel } from './modelLoads';
import { ModelIndex } from './modelIndex';
import type { DrawnPicture } from './pictureSignature';
import { MULTIFIDUS_LOOK } from './multifidusLook';
import { lookContext, structureIdOf, structureLook } from './structureLook';
import { useDetailModel } from './useDetailModel';
import { useVariantModels } from './useVariantModels';
import { drawableDisplay } from './variantLook';

interface ModelProps {
  url: string;
  /** Bumped by the reader's "try again" after the model failed to load: it is fetched again. */
  attempt: number;
  /** Told whether the model failed to load (false again once a new attempt is under way). */
  onModelFailed: (failed: boolean) => void;
}

interface Props {
  state: SceneState;
  selectedId: string | null;
  reducedMotion: boolean;
  onIndex: (index: ModelIndex) => void;
  onPick: (id: string | null) => void;
  /** The variant glbs that could not be loaded (empty again once none is needed). */
  onVariantsFailed: (models: readonly string[]) => void;
  /** Bumped by the reader's "try again" on the variant notice. */
  variantRetryNonce: number;
  /** The canvas's picture, told which programs the model's first picture has made ready. */
  drawn: DrawnPicture;
}

const isBone = (id: string | null) => id !== null && STRUCTURE_BY_ID.get(id)?.kind === 'bone';

/** A tap that moved more than this many pixels was a drag (rotate / pan), not a pick. */
const TAP_SLOP_PX = 8;

/**
 * The glb's model once loaded (undefined meanwhile, null when it failed): from the first render where it was parsed
 * before the scene mounted (it usually is). Kept in state rather than suspending: React holds a suspended piece's
 * reveal for up to 300 ms after its last fallback, which delayed the first 3D frame.
 */
function useLoadedModel(url: string, attempt: number): Object3D | null | undefined {
  const [loaded, setLoaded] = useState(() => ({ url, attempt, model: settledModel(url, attempt) }));
  const model = loaded.url === url && loaded.attempt === attempt ? loaded.model : undefined;
  useEffect(() => {
    if (model !== undefined) return;
    let current = true;
    void loadModelOrNull(url, attempt).then((next) => {
      if (current) setLoaded({ url, attempt, model: next });
    });
    return () => {
      current = false;
    };
  }, [url, attempt, model]);
  return model;
}

/** Loads the model; draws nothing meanwhile, and nothing, saying so, when it cannot be loaded. */
export function SpineModel({ url, attempt, onModelFailed, ...props }: ModelProps & Props) {
  const model = useLoadedModel(url, attempt);
  // Each attempt reports its outcome, also a second failure in a row.
  useEffect(() => {
    if (model !== undefined) onModelFailed(model === null);
  }, [model, attempt, onModelFailed]);
  return model ? <LoadedModel model={model} {...props} /> : null;
}

/**
 * The anatomy model: visibility, highlight and x-ray follow the scene state; a tap picks a structure. Pathology
 * variants come from their own glbs, fetched when first needed and grafted on; until then the normal parts show.
 */
function LoadedModel({ model, state, selectedId, reducedMotion, onIndex, onPick, onVariantsFailed, variantRetryNonce, drawn }: Props & { model: Object3D }) {
  const index = useMemo(() => new ModelIndex(model), [model]);

  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    onIndex(index);
    return () => index.dispose();
  }, [index, onIndex]);
  useDetailModel(index);

  // The scene state keeps unchanged parts unchanged (composeSceneState), and the posture is not in it: the looks are
  // worked out again only when what is drawn changes, never while a slider is dragged. Set before the frame that
  // draws them (a layout effect), so the first picture already has the step's looks.
  const { variants } = state;
  const needed = useMemo(() => variantDisplay(variants).models, [variants]);
  const { version, failed } = useVariantModels(index, needed, { state, retryNonce: variantRetryNonce });
  useEffect(() => onVariantsFailed(failed), [failed, onVariantsFailed]);

  useLayoutEffect(() => {
    const condition = MULTIFIDUS_LOOK[state.variants.multifidus];
    const context = lookContext(state, drawableDisplay(state.variants, index.grafted));
    for (const part of index.parts) {
      part.look.setTarget(structureLook(state, part.id, selectedId, context));
      if (part.look.kind === 'muscle') part.look.setMuscleCondition(condition.fatShare, condition.thicknessMm);
    }
  }, [index, state, selectedId, version]);

  // The first picture shows the step's looks at once, see-through ones fading in from the next frame (showFirstLook:
  // their programs took a software rasteriser hundreds of ms to draw with the first time). Programs of every look shown
  // or fading in are asked for together ahead of that picture, not one by one as it draws each (the first frame came
  // about 0.45 s sooner here), and so are their uniforms: three asks for those when a program first draws, and the page
  // then waits behind whatever the GPU is still drawing (up to 490 ms here). They are then taken as ready (`drawn`).
  // Programs made later wait for the GPU without holding the page: the picture's in programGate, the occluder pass's in
  // OccluderFader.
  const firstPicture = useRef(false);
  useLayoutEffect(() => {
    for (const part of index.parts) part.look.showFirstLook();
    for (const part of index.parts) if (part.look.shownOrComing) gl.compile(part.mesh, camera, scene);
    for (const program of gl.info.programs ?? []) program.getUniforms();
    drawn.programsReady(gl, index.parts.map((part) => part.mesh));
    firstPicture.current = true;
  }, [gl, scene, camera, index, drawn]);

  useFrame((_, delta) => {
    // Nothing fades in the frame that draws the first picture (after this callback).
    if (firstPicture.current) {
      firstPicture.current = false;
      return;
    }
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

  return <primitive object={model} onClick={handleClick} onPointerMissed={() => onPick(null)} />;
}
