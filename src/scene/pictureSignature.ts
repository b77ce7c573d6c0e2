import type { Camera, Color, Light, Material, Mesh, Object3D, Plane, Scene, WebGLRenderer } from 'three';
import { ProgramGate } from './programGate';

/**
 * Everything that decides the scene's picture, written out as numbers: the camera, the canvas, and each object's
 * place, visibility, material (its look and live uniforms) and geometry (its buffers' versions). Two equal
 * signatures draw the same picture, so a frame whose signature has not changed need not be drawn again. On a software
 * renderer a drawn frame takes longer than a screen refresh: drawing only what changed leaves the renderer free, and
 * everything that waits on it (reading a pixel back, a first shader link) answers at once.
 */
export class PictureSignature {
  private previous: number[] = [];
  private next: number[] = [];
  /** Where `next` holds each material's version, so a draw that moved versions need not be written out again. */
  private readonly versions: VersionSlots = { materials: [], slots: [] };

  /** Forgets the last picture (the canvas was cleared, or its context restored): the next frame is drawn. */
  forget(): void {
    this.previous.length = 0;
  }

  /** Whether the picture would differ from the last one remembered. */
  changed(scene: Scene, camera: Camera, gl: WebGLRenderer): boolean {
    const out = this.write(this.next, scene, camera, gl);
    return !(out.length === this.previous.length && out.every((value, i) => value === this.previous[i]));
  }

  /**
   * Takes the picture last checked (`changed`) as the last one drawn. Asked after drawing it, with nothing else changed
   * since: a draw itself touches only materials' versions (three draws a see-through two-sided one in two passes,
   * marking it for update each time), so those are read again and the rest is kept as written.
   */
  remember(): void {
    [this.previous, this.next] = [this.next, this.previous];
    const { materials, slots } = this.versions;
    for (let i = 0; i < materials.length; i++) this.previous[slots[i]!] = materials[i]!.version;
  }

  private write(out: number[], scene: Scene, camera: Camera, gl: WebGLRenderer): number[] {
    out.length = 0;
    this.versions.materials.length = 0;
    this.versions.slots.length = 0;
    scene.updateMatrixWorld();
    if (camera.parent === null) camera.updateMatrixWorld();
    pushAll(out, camera.matrixWorld.elements);
    pushAll(out, camera.projectionMatrix.elements);
    out.push(gl.domElement.width, gl.domElement.height, gl.getPixelRatio(), gl.localClippingEnabled ? 1 : 0);
    pushValue(out, scene.background);
    scene.traverse((object) => pushObject(out, object, this.versions));
    return out;
  }
}

/**
 * The scene's picture as last drawn: drawn again only when its signature changes, and only with programs the GPU has
 * linked (ProgramGate), with the renderer's counters of that draw and how many pictures have been drawn.
 */
export class DrawnPicture {
  private readonly signature = new PictureSignature();
  private readonly gate = new ProgramGate();
  calls = 0;
  triangles = 0;
  drawnCount = 0;

  /** The canvas was cleared or its context restored: the next picture is drawn, its programs made anew. */
  forget(): void {
    this.signature.forget();
    this.gate.forget();
  }

  /** These objects' programs are made and their uniforms read: the picture need not wait for them. */
  programsReady(gl: WebGLRenderer, objects: Iterable<Object3D>): void {
    this.gate.markReady(gl, objects);
  }

  drawIfChanged(gl: WebGLRenderer, scene: Scene, camera: Camera): void {
    if (!this.signature.changed(scene, camera, gl) || !this.gate.mayDraw(gl, scene, camera)) return;
    gl.render(scene, camera);
    this.gate.drawn(scene);
    this.signature.remember();
    this.calls = gl.info.render.calls;
    this.triangles = gl.info.render.triangles;
    this.drawnCount += 1;
  }
}

function pushAll(out: number[], values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) out.push(values[i]!);
}

/** A uniform's or a property's value: a number, a colour, a vector or matrix, a texture (by version), or nothing. */
function pushValue(out: number[], value: unknown): void {
  if (typeof value === 'number') out.push(value);
  else if (typeof value === 'boolean') out.push(value ? 1 : 0);
  else if (value === null || value === undefined) out.push(-1);
  else if ((value as Color).isColor) out.push((value as Color).r, (value as Color).g, (value as Color).b);
  else if ((value as { isTexture?: boolean }).isTexture) out.push((value as { id: number }).id, (value as { version: number }).version);
  else if (typeof (value as { toArray?: unknown }).toArray === 'function') pushAll(out, (value as { toArray: () => number[] }).toArray());
  else if (Array.isArray(value)) for (const item of value) pushValue(out, item);
  else out.push((value as { id?: number }).id ?? -1);
}

/** The materials a signature holds, each with the index of its version in the signature. */
interface VersionSlots {
  materials: Material[];
  slots: number[];
}

function pushObject(out: number[], object: Object3D, versions: VersionSlots): void {
  out.push(object.id, object.visible ? 1 : 0);
  pushAll(out, object.matrixWorld.elements);
  const light = object as Light;
  if (light.isLight) out.push(light.intensity, light.color.r, light.color.g, light.color.b);
  const mesh = object as Mesh;
  if (mesh.material) for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) pushMaterial(out, material, versions);
  const geometry = mesh.geometry;
  if (geometry) {
    out.push(geometry.id, geometry.drawRange.start, geometry.drawRange.count, geometry.index?.version ?? -1);
    for (const name in geometry.attributes) out.push((geometry.attributes[name] as { version: number }).version);
  }
  const instanced = object as Mesh & { isInstancedMesh?: boolean; count?: number; instanceMatrix?: { version: number }; instanceColor?: { version: number } | null };
  if (instanced.isInstancedMesh) out.push(instanced.count ?? 0, instanced.instanceMatrix?.version ?? -1, instanced.instanceColor?.version ?? -1);
}

type LookedMaterial = Material & {
  color?: Color;
  emissive?: Color;
  map?: unknown;
  uniforms?: Record<string, { value: unknown }>;
};

function pushMaterial(out: number[], material: Material, versions: VersionSlots): void {
  const m = material as LookedMaterial;
  versions.materials.push(m);
  versions.slots.push(out.length + 1);
  out.push(m.id, m.version, m.visible ? 1 : 0, m.opacity, m.transparent ? 1 : 0, m.side, m.depthWrite ? 1 : 0);
  pushValue(out, m.color);
  pushValue(out, m.emissive);
  pushValue(out, m.map);
  for (const plane of (m.clippingPlanes ?? []) as Plane[]) out.push(plane.normal.x, plane.normal.y, plane.normal.z, plane.constant);
  // A shader's own uniforms, and those a material patched into a built-in shader (StructureMaterial).
  if (m.uniforms) for (const name in m.uniforms) pushValue(out, m.uniforms[name]!.value);
  const live = m.userData.liveUniforms as { value: unknown }[] | undefined;
  if (live) for (const uniform of live) pushValue(out, uniform.value);
}
