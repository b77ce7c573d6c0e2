/**
 * Renders chosen bones of the generated model alone, on the reference renders' dark background, from one of
 * their four views: `?bones=L2,L3,L4,L5&view=lateral`. Sets `window.__rendered` once drawn.
 * Used by scripts/compare-reference.ts; not part of the app.
 */
import { AmbientLight, Box3, DirectionalLight, Mesh, MeshStandardMaterial, OrthographicCamera, Scene, Sphere, Vector3, WebGLRenderer } from 'three';
import { createGltfLoader } from '../../src/scene/gltfLoader';

declare global {
  interface Window {
    __rendered?: boolean;
  }
}

/** Camera directions (toward the camera) matching the reference images: anterior is on the left in lateral views. */
const VIEWS: Record<string, [number, number, number]> = {
  lateral: [1, 0, 0],
  posterior: [0, 0.25, -1],
  superior: [0, 1, 0.02],
  oblique: [0.75, 0.15, -0.65],
};

const params = new URLSearchParams(location.search);
const bones = (params.get('bones') ?? 'L4').split(',');
const view = VIEWS[params.get('view') ?? 'lateral'] ?? VIEWS.lateral!;
const size = 600;

const renderer = new WebGLRenderer({ antialias: true });
renderer.setSize(size, size);
renderer.setClearColor('#1e232d');
document.body.appendChild(renderer.domElement);

const gltf = await createGltfLoader().loadAsync('./models/lumbar-spine.glb');
const scene = new Scene();
const material = new MeshStandardMaterial({ color: '#f2efe6', roughness: 0.75 });
gltf.scene.updateMatrixWorld(true);
const box = new Box3();
gltf.scene.traverse((object) => {
  if (!(object instanceof Mesh)) return;
  const owner = bones.find((b) => object.name === b || object.parent?.name === b);
  object.visible = owner !== undefined;
  if (owner) {
    object.material = material;
    box.expandByObject(object);
  }
});
scene.add(gltf.scene);

const centre = box.getCenter(new Vector3());
const radius = box.getBoundingSphere(new Sphere()).radius;
const half = radius * 1.05;
const camera = new OrthographicCamera(-half, half, half, -half, 0.001, 10);
camera.position.copy(centre).addScaledVector(new Vector3(...view).normalize(), radius * 4);
camera.lookAt(centre);
scene.add(camera);
scene.add(new AmbientLight('#ffffff', 0.9));
const key = new DirectionalLight('#ffffff', 1.8);
key.position.set(0.3, 0.6, 1);
camera.add(key);

renderer.render(scene, camera);
window.__rendered = true;
