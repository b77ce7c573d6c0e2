import { Color, Mesh, MeshBasicMaterial, WebGLRenderTarget, type Camera, type Material, type Object3D, type Scene, type WebGLRenderer } from 'three';
import type { SceneState } from '../story/sceneState';
import type { ModelIndex, StructurePart } from './modelIndex';
import { subjectParts, surfacePoints } from './subjectParts';

/** A part at least this opaque hides what is behind it; fainter ghosts (x-ray bone, faded occluders) do not. */
const OPAQUE = 0.5;

/** The subject's outline on screen: the bounds of its surface points, in client (CSS) pixels. */
export function subjectClientRect(index: ModelIndex, state: SceneState, camera: Camera, canvas: HTMLCanvasElement) {
  index.root.updateMatrixWorld(true);
  const rect = canvas.getBoundingClientRect();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of surfacePoints(subjectParts(index, state), 2000)) {
    const p = point.project(camera);
    const x = rect.left + ((p.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - p.y) / 2) * rect.height;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

/**
 * The share of the subject's pixels that can be seen: the scene is drawn once with a flat colour per structure (the
 * subject among everything opaque), then the subject alone, and the subject's pixels of the first are counted against
 * the second. For the scene audit; it leaves the scene as it found it.
 */
export function subjectVisibleShare(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, state: SceneState): number | null {
  const subject = new Set(subjectParts(index, state));
  if (subject.size === 0) return null;
  const canvas = gl.domElement;
  const width = Math.max(1, Math.round(canvas.clientWidth / 2));
  const height = Math.max(1, Math.round(canvas.clientHeight / 2));
  const target = new WebGLRenderTarget(width, height);
  const saved = new Map<Object3D, { material: Material | Material[]; visible: boolean }>();
  const idMaterials: MeshBasicMaterial[] = [];
  const colourOf = new Map<StructurePart, number>();
  index.parts.forEach((part, i) => colourOf.set(part, i + 1));
  const partOfMesh = new Map(index.parts.map((p) => [p.mesh as Object3D, p]));
  scene.traverse((object) => {
    if (object instanceof Mesh || (object as { isLine?: boolean }).isLine || (object as { isPoints?: boolean }).isPoints) {
      saved.set(object, { material: (object as Mesh).material, visible: object.visible });
    }
  });
  const background = scene.background;
  const clear = gl.getClearColor(new Color());
  const clearAlpha = gl.getClearAlpha();
  const count = (only: boolean): number => {
    for (const [object] of saved) {
      const part = partOfMesh.get(object);
      const drawn = part !== undefined && part.look.drawn && (subject.has(part) || (!only && part.look.material.opacity >= OPAQUE));
      object.visible = drawn;
      if (!drawn || !part) continue;
      const id = colourOf.get(part)!;
      const material = new MeshBasicMaterial({ color: new Color((id & 0xff) / 255, ((id >> 8) & 0xff) / 255, 0), toneMapped: false });
      material.clippingPlanes = part.look.material.clippingPlanes;
      material.side = part.look.material.side;
      idMaterials.push(material);
      (object as Mesh).material = material;
    }
    gl.setRenderTarget(target);
    gl.setClearColor(0x000000, 1);
    gl.clear();
    gl.render(scene, camera);
    const pixels = new Uint8Array(width * height * 4);
    gl.readRenderTargetPixels(target, 0, 0, width, height, pixels);
    const subjectIds = new Set([...subject].map((p) => colourOf.get(p)!));
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) if (subjectIds.has(pixels[i]! + (pixels[i + 1]! << 8))) n++;
    return n;
  };
  try {
    scene.background = null;
    const seen = count(false);
    const alone = count(true);
    return alone > 0 ? seen / alone : 0;
  } finally {
    for (const [object, was] of saved) {
      (object as Mesh).material = was.material;
      object.visible = was.visible;
    }
    for (const m of idMaterials) m.dispose();
    target.dispose();
    gl.setRenderTarget(null);
    gl.setClearColor(clear, clearAlpha);
    scene.background = background;
  }
}
