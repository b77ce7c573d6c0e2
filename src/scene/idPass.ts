import { Color, Mesh, MeshBasicMaterial, WebGLRenderTarget, type Camera, type Material, type Object3D, type Scene, type WebGLRenderer } from 'three';
import type { ModelIndex, StructurePart } from './modelIndex';

/**
 * Which parts an id pass draws: the given ones alone, or those and every part that hides what is behind it
 * (`occludes`: by its look as drawn now, or by its own look before any automatic fade).
 */
export type IdPassContent =
  | { only: ReadonlySet<StructurePart> }
  | { withOpaque: ReadonlySet<StructurePart>; occludes: (part: StructurePart) => boolean };

/**
 * Draws the scene with one flat colour per structure into a small offscreen target and reads it back: each pixel holds
 * the index (1-based, 0 = nothing) of the part seen there. Everything else (overlays, lights' helpers) is left out.
 * The scene is left as it was found. Used to find what stands in front of the subject and by the scene audit.
 */
export function renderIds(
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  index: ModelIndex,
  content: IdPassContent,
  width: number,
  height: number,
): Uint16Array {
  const target = new WebGLRenderTarget(width, height);
  const saved = new Map<Object3D, Material | Material[]>();
  // Hidden by material, not by `visible`, which would also hide the children (a medial branch under its nerve).
  const hidden = new MeshBasicMaterial({ visible: false });
  const partOf = new Map(index.parts.map((p, i) => [p.mesh as Object3D, { part: p, id: i + 1 }]));
  const listed = 'only' in content ? content.only : content.withOpaque;
  const materials: MeshBasicMaterial[] = [];
  scene.traverse((object) => {
    if (!(object instanceof Mesh) && !(object as { isLine?: boolean }).isLine && !(object as { isPoints?: boolean }).isPoints) return;
    saved.set(object, (object as Mesh).material);
    const entry = partOf.get(object);
    const drawn =
      entry !== undefined &&
      entry.part.look.drawn &&
      (listed.has(entry.part) || ('withOpaque' in content && content.occludes(entry.part)));
    if (!drawn) {
      (object as Mesh).material = hidden;
      return;
    }
    const { part, id } = entry;
    const material = new MeshBasicMaterial({ color: new Color((id & 0xff) / 255, ((id >> 8) & 0xff) / 255, 0), toneMapped: false });
    material.clippingPlanes = part.look.material.clippingPlanes;
    material.side = part.look.material.side;
    materials.push(material);
    (object as Mesh).material = material;
  });
  const background = scene.background;
  const clearColour = gl.getClearColor(new Color());
  const clearAlpha = gl.getClearAlpha();
  const pixels = new Uint8Array(width * height * 4);
  try {
    scene.background = null;
    gl.setRenderTarget(target);
    gl.setClearColor(0x000000, 1);
    gl.clear();
    gl.render(scene, camera);
    gl.readRenderTargetPixels(target, 0, 0, width, height, pixels);
  } finally {
    for (const [object, material] of saved) (object as Mesh).material = material;
    for (const m of [...materials, hidden]) m.dispose();
    target.dispose();
    gl.setRenderTarget(null);
    gl.setClearColor(clearColour, clearAlpha);
    scene.background = background;
  }
  const ids = new Uint16Array(width * height);
  for (let i = 0; i < ids.length; i++) ids[i] = pixels[i * 4]! + (pixels[i * 4 + 1]! << 8);
  return ids;
}

/** The part an id stands for. */
export function partOfId(index: ModelIndex, id: number): StructurePart | undefined {
  return id > 0 ? index.parts[id - 1] : undefined;
}
