import { Color, DoubleSide, Mesh, MeshBasicMaterial, WebGLRenderTarget, type Camera, type Material, type Object3D, type Plane, type Scene, type WebGLRenderer } from 'three';
import type { ModelIndex, StructurePart } from './modelIndex';

/**
 * Which parts an id pass draws: the given ones alone, or those and every part that hides what is behind it
 * (`occludes`: by its look as drawn now, or by its own look before any automatic fade).
 */
export type IdPassContent =
  | { only: ReadonlySet<StructurePart> }
  | { withOpaque: ReadonlySet<StructurePart>; occludes: (part: StructurePart) => boolean };

/**
 * The id pass's flat materials and target, kept for the renderer's life: a disposed material takes its shader program
 * with it, and compiling them again on every pass blocked the page for most of a second on software WebGL.
 */
interface IdPassKit {
  materials: Map<string, MeshBasicMaterial>;
  /** Hides a mesh by material, not by `visible`, which would also hide its children (a medial branch under its nerve). */
  hidden: MeshBasicMaterial;
  target: WebGLRenderTarget;
}
const kits = new WeakMap<WebGLRenderer, IdPassKit>();

function kitOf(gl: WebGLRenderer): IdPassKit {
  let kit = kits.get(gl);
  if (!kit) {
    kit = { materials: new Map(), hidden: new MeshBasicMaterial({ visible: false }), target: new WebGLRenderTarget(1, 1) };
    kits.set(gl, kit);
  }
  return kit;
}

/**
 * Lets go of the id pass's materials and target (called when the WebGL context is lost, beside releaseGpuResources):
 * the renderer's old bookkeeping then deletes their programs and framebuffer, and the next pass makes them again.
 */
export function releaseIdPass(gl: WebGLRenderer): void {
  const kit = kits.get(gl);
  if (!kit) return;
  kits.delete(gl);
  for (const material of [...kit.materials.values(), kit.hidden]) material.dispose();
  kit.target.dispose();
}

/**
 * The flat material of part `id` (1-based), clipped like the part. Both sides are drawn whatever the part's look: a
 * closed mesh shows the same pixels either way (its back faces lie behind its front ones), a cut one shows its inside,
 * and the pass's programs then do not depend on which parts are see-through now, so they stay few and the same.
 */
function idMaterial(kit: IdPassKit, id: number, clipping: Plane[] | null): MeshBasicMaterial {
  const key = `${id}:${clipping?.length ?? 0}`;
  let material = kit.materials.get(key);
  if (!material) {
    material = new MeshBasicMaterial({ color: new Color((id & 0xff) / 255, ((id >> 8) & 0xff) / 255, 0), toneMapped: false, side: DoubleSide });
    kit.materials.set(key, material);
  }
  material.clippingPlanes = clipping;
  return material;
}

/** Whether a pass with this content draws a part in its id colour (the rest is hidden). */
function drawsPart(content: IdPassContent): (part: StructurePart) => boolean {
  const listed = 'only' in content ? content.only : content.withOpaque;
  return (part) => part.look.drawn && (listed.has(part) || ('withOpaque' in content && content.occludes(part)));
}

/**
 * Runs `draw` with the parts `inIdColour` picks in flat id colours and everything else hidden (`hide`, by default a
 * material that draws nothing), then puts every material, the background, the clear colour and the render target back
 * as they were. Throws on a lost context, drawing nothing.
 */
function withIdColours(
  gl: WebGLRenderer,
  scene: Scene,
  index: ModelIndex,
  inIdColour: (part: StructurePart) => boolean,
  draw: (kit: IdPassKit) => void,
  hide: (kit: IdPassKit) => Material | Material[] = (kit) => kit.hidden,
): void {
  // A lost context still hands out programs, buffers and textures, which no restore deletes (one fresh-clone test run
  // kept two programs compiled in the lost window this way).
  if (gl.getContext().isContextLost()) throw new Error('The WebGL context is lost.');
  const kit = kitOf(gl);
  const saved = new Map<Object3D, Material | Material[]>();
  const partOf = new Map(index.parts.map((p, i) => [p.mesh as Object3D, { part: p, id: i + 1 }]));
  scene.traverse((object) => {
    if (!(object instanceof Mesh) && !(object as { isLine?: boolean }).isLine && !(object as { isPoints?: boolean }).isPoints) return;
    saved.set(object, (object as Mesh).material);
    const entry = partOf.get(object);
    const look = entry?.part.look.material;
    (object as Mesh).material = entry && look && inIdColour(entry.part) ? idMaterial(kit, entry.id, look.clippingPlanes) : hide(kit);
  });
  const background = scene.background;
  const clearColour = gl.getClearColor(new Color());
  const clearAlpha = gl.getClearAlpha();
  try {
    scene.background = null;
    draw(kit);
  } finally {
    for (const [object, material] of saved) (object as Mesh).material = material;
    gl.setRenderTarget(null);
    gl.setClearColor(clearColour, clearAlpha);
    scene.background = background;
  }
}

function renderInto(gl: WebGLRenderer, scene: Scene, camera: Camera, kit: IdPassKit, width: number, height: number): void {
  kit.target.setSize(width, height);
  gl.setRenderTarget(kit.target);
  gl.setClearColor(0x000000, 1);
  gl.clear();
  gl.render(scene, camera);
}

/**
 * Asks for the id pass's programs now, for every part shown or fading in (a later pass draws some of these); the
 * caller draws the pass once the renderer has linked them (whenRendererIdle). Three reads a program's uniforms back
 * from the GPU when it first draws, and the page then waits for everything the GPU is still doing: on a software
 * rasteriser, the first pass after the model came in was then a 120–400 ms task in Lighthouse here. Nothing is drawn;
 * what the pass would hide has no material meanwhile, so it asks for no program.
 */
export function prepareIdPass(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex): void {
  withIdColours(
    gl,
    scene,
    index,
    (part) => part.look.shownOrComing,
    (kit) => {
      // The target decides the programs' output colour space, as when the pass draws.
      gl.setRenderTarget(kit.target);
      gl.compile(scene, camera);
    },
    () => [],
  );
}

function idsOf(pixels: Uint8Array): Uint16Array {
  const ids = new Uint16Array(pixels.length / 4);
  for (let i = 0; i < ids.length; i++) ids[i] = pixels[i * 4]! + (pixels[i * 4 + 1]! << 8);
  return ids;
}

/**
 * Draws the scene with one flat colour per structure into a small offscreen target and reads it back: each pixel holds
 * the index (1-based, 0 = nothing) of the part seen there. Everything else (overlays, lights' helpers) is left out.
 * The scene is left as it was found. Used to find what stands in front of the subject and by the scene audit.
 */
export function renderIds(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, content: IdPassContent, width: number, height: number): Uint16Array {
  const pixels = new Uint8Array(width * height * 4);
  withIdColours(gl, scene, index, drawsPart(content), (kit) => {
    renderInto(gl, scene, camera, kit, width, height);
    gl.readRenderTargetPixels(kit.target, 0, 0, width, height, pixels);
  });
  return idsOf(pixels);
}

/**
 * As renderIds, without waiting: the pass is drawn and its read-back asked for now, and the ids arrive once the
 * renderer has drawn it (a few frames later on a software renderer, which would otherwise hold the page meanwhile).
 */
export function renderIdsLater(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex, content: IdPassContent, width: number, height: number): Promise<Uint16Array> {
  const pixels = new Uint8Array(width * height * 4);
  let read: Promise<unknown> = Promise.resolve();
  withIdColours(gl, scene, index, drawsPart(content), (kit) => {
    renderInto(gl, scene, camera, kit, width, height);
    read = gl.readRenderTargetPixelsAsync(kit.target, 0, 0, width, height, pixels);
  });
  return read.then(() => idsOf(pixels));
}

/** The part an id stands for. */
export function partOfId(index: ModelIndex, id: number): StructurePart | undefined {
  return id > 0 ? index.parts[id - 1] : undefined;
}

