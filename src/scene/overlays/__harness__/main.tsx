import { Canvas, useLoader, useThree } from '@react-three/fiber';
import { Suspense, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { sceneStateSchema } from '../../../story/sceneState';
import { ModelIndex } from '../../modelIndex';
import { SceneOverlays } from '../SceneOverlays';
import { OverlayLegend } from '../../../ui/overlays/OverlayLegend';
import { structureLook } from '../../structureLook';

const params = new URLSearchParams(location.search);
const state = sceneStateSchema.parse({
  camera: 'posterior',
  visible: { kinds: ['bone', 'disc', 'facet-joint', 'cartilage', 'capsule', 'nerve', 'ligament'] },
  xray: params.get('xray') === '1',
  focus: (params.get('focus') ?? 'L4-L5').split(','),
  overlays: (params.get('overlays') ?? '').split(',').filter(Boolean),
  motion: { extensionDeg: Number(params.get('ext') ?? 0), discHeightLoss: { 'L4-L5': Number(params.get('loss') ?? 0) } },
});
const cam = (params.get('cam') ?? '0.14,0.09,-0.26').split(',').map(Number) as [number, number, number];
const target = (params.get('target') ?? '0,0.05,-0.01').split(',').map(Number) as [number, number, number];

function Model() {
  const gltf = useLoader(GLTFLoader, '/models/lumbar-spine.glb', (l) => l.setMeshoptDecoder(MeshoptDecoder));
  const index = useMemo(() => new ModelIndex(gltf.scene), [gltf.scene]);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    for (const part of index.parts) {
      const look = structureLook(state, part.id, null);
      part.look.setTarget(look.visible, look.highlighted, state.xray);
      part.look.advance(1, true);
    }
    camera.position.set(...cam);
    camera.lookAt(...target);
    setTimeout(() => ((window as unknown as { __ready: boolean }).__ready = true), 1500);
  }, [index, camera]);
  return (
    <>
      <primitive object={gltf.scene} />
      <SceneOverlays state={state} index={index} reducedMotion={params.get('rm') === '1'} />
    </>
  );
}

function Calls() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const id = setInterval(() => ((window as unknown as { __calls: number }).__calls = gl.info.render.calls), 200);
    return () => clearInterval(id);
  }, [gl]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <>
    <Canvas camera={{ fov: 35, near: 0.005, far: 5 }} gl={{ preserveDrawingBuffer: true }}>
      <ambientLight intensity={0.6} />
      <directionalLight position={[0.3, 0.5, -0.6]} intensity={2} />
      <directionalLight position={[-0.3, 0.2, 0.6]} intensity={1} />
      <Suspense fallback={null}>
        <Model />
      </Suspense>
      <Calls />
    </Canvas>
    <OverlayLegend state={state} locale={(params.get('lang') as 'en' | 'zh-TW') ?? 'en'} />
  </>,
);
