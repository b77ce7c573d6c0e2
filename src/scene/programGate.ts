import type { Camera, Material, Object3D, Scene, WebGLRenderer } from 'three';
import { whenRendererIdle } from './rendererIdle';

/** A shader program as three keeps it (its bookkeeping object, one per compiled material variant). */
type Program = object;

type Drawable = Object3D & { material?: Material | Material[] };

/** Runs `visit` on each of an object's materials (none, one or several). */
function forEachMaterial(object: Object3D, visit: (material: Material) => void): void {
  const { material } = object as Drawable;
  if (material === undefined) return;
  if (!Array.isArray(material)) visit(material);
  else for (const each of material) visit(each);
}

/**
 * Holds the scene's picture back while it needs a shader program the GPU may not have linked yet. Three reads a new
 * program's uniforms back from the GPU when it first draws with it, and the page then waits, held, for the link and
 * for every frame queued before it: up to 400 ms in Lighthouse here, when a fade, an overlay or a grafted variant
 * brought a new look. Instead, a drawn material whose look changed is compiled ahead of the picture; if that made a
 * program, the picture waits (without holding the page) until the renderer has caught up, and is drawn then.
 *
 * The model's first picture is not held: its programs are made and read in place (SpineModel), which brings that
 * picture sooner than a wait would, and are marked ready here (`markReady`).
 */
export class ProgramGate {
  /** Each material's version when last looked at (a new version may need another program). */
  private checked = new WeakMap<Material, number>();
  private readonly ready = new WeakSet<Program>();
  private waiting = false;

  /** Looks at every drawn material again (after the context was restored: its programs are made anew). */
  forget(): void {
    this.checked = new WeakMap();
  }

  /** Takes these objects' materials, with every program they have now, as ready to draw with. */
  markReady(gl: WebGLRenderer, objects: Iterable<Object3D>): void {
    for (const object of objects) {
      forEachMaterial(object, (material) => {
        this.checked.set(material, material.version);
        for (const program of programsOf(gl, material)) this.ready.add(program);
      });
    }
  }

  /** Whether the picture may be drawn now; when not, it may be from a later frame. */
  mayDraw(gl: WebGLRenderer, scene: Scene, camera: Camera): boolean {
    // Nothing is drawn on a lost context; programs made on it would never be deleted.
    if (this.waiting || gl.getContext().isContextLost()) return false;
    const fresh: Program[] = [];
    // Every drawn frame passes here (a slider drag draws each one): unless a look changed, it only walks the objects.
    let object: Object3D = scene;
    const look = (material: Material) => this.lookAt(gl, object, material, camera, scene, fresh);
    scene.traverseVisible((visible) => {
      object = visible;
      forEachMaterial(visible, look);
    });
    if (fresh.length === 0) return true;
    this.waiting = true;
    void whenRendererIdle(gl)
      .catch(() => undefined)
      .finally(() => {
        for (const program of fresh) this.ready.add(program);
        this.waiting = false;
      });
    return false;
  }

  /**
   * The picture was just drawn, so every drawn material has the programs it needs: a version that the draw itself
   * moved asks for nothing new. Three draws a see-through two-sided look in two passes and marks the material for
   * update before each; without this, every drawn frame of an animated scene (a slider drag, the looped lean-back)
   * compiled each such look again before drawing it.
   */
  drawn(scene: Scene): void {
    scene.traverseVisible((visible) =>
      forEachMaterial(visible, (material) => {
        if (material.visible) this.checked.set(material, material.version);
      }),
    );
  }

  /** Compiles a drawn material whose version is new to the gate, noting the programs it has that are not ready. */
  private lookAt(gl: WebGLRenderer, object: Object3D, material: Material, camera: Camera, scene: Scene, fresh: Program[]): void {
    if (!material.visible || this.checked.get(material) === material.version) return;
    this.checked.set(material, material.version);
    compileAlone(gl, object, camera, scene);
    for (const program of programsOf(gl, material)) if (!this.ready.has(program)) fresh.push(program);
  }
}

/** Compiles one object's materials, not its children's (three's compile takes the whole subtree, hidden looks too). */
function compileAlone(gl: WebGLRenderer, object: Object3D, camera: Camera, scene: Scene): void {
  const { children } = object;
  object.children = [];
  try {
    gl.compile(object, camera, scene);
  } finally {
    object.children = children;
  }
}

/** The programs three has made for a material so far (one per variant: both faces of a see-through look take two). */
function programsOf(gl: WebGLRenderer, material: Material): Iterable<Program> {
  const properties = gl.properties.get(material) as { programs?: Map<string, Program> };
  return properties.programs?.values() ?? [];
}
