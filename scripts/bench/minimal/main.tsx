// The benchmark's baseline: the smallest R3F scene (one lit box), timed to its first drawn frame.
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __minimalFirstFrameMs?: number;
  }
}

function FirstFrame() {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    if (window.__minimalFirstFrameMs === undefined && gl.info.render.calls > 0) {
      window.__minimalFirstFrameMs = performance.now();
    }
  });
  return null;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Canvas camera={{ position: [2, 2, 2] }}>
      <ambientLight intensity={0.5} />
      <directionalLight position={[1, 2, 3]} />
      <mesh>
        <boxGeometry />
        <meshStandardMaterial color="#e9dfc8" />
      </mesh>
      <FirstFrame />
    </Canvas>,
  );
}
