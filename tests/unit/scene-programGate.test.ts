import { BoxGeometry, DoubleSide, Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, type Material, type Object3D, type WebGLRenderer } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { ProgramGate } from '../../src/scene/programGate';

const TIMEOUT_EXPIRED = 0x911b;
const CONDITION_SATISFIED = 0x911c;

/**
 * A renderer as the gate sees it: compile makes one program per material form (solid or see-through) the first time
 * that form is asked for, over the whole subtree it is given, as three's does; the fence reports the GPU busy once,
 * then caught up.
 */
function fakeRenderer() {
  const programs = new Map<Material, Map<string, object>>();
  let fenceAnswers: number[] = [];
  const context = {
    lost: false,
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    TIMEOUT_EXPIRED,
    WAIT_FAILED: 0x911d,
    isContextLost: () => context.lost,
    fenceSync: () => {
      fenceAnswers = [TIMEOUT_EXPIRED, CONDITION_SATISFIED];
      return {};
    },
    flush: () => undefined,
    clientWaitSync: () => fenceAnswers.shift() ?? CONDITION_SATISFIED,
    deleteSync: () => undefined,
  };
  const compile = vi.fn((root: Object3D) => {
    root.traverse((object) => {
      const material = (object as Mesh).material as Material | undefined;
      if (!material) return;
      const forms = programs.get(material) ?? new Map<string, object>();
      programs.set(material, forms);
      const form = material.transparent ? 'see-through' : 'solid';
      if (!forms.has(form)) forms.set(form, { form });
    });
  });
  const gl = { compile, properties: { get: (material: Material) => ({ programs: programs.get(material) }) }, getContext: () => context } as unknown as WebGLRenderer;
  return { gl, compile, context };
}

function sceneWith(...meshes: Mesh[]) {
  const scene = new Scene();
  scene.add(...meshes);
  return { scene, camera: new PerspectiveCamera() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

/** A bone whose programs the model's first picture has made and read (SpineModel), and a gate told so. */
function boneDrawnOnce() {
  const renderer = fakeRenderer();
  const bone = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
  const { scene, camera } = sceneWith(bone);
  renderer.gl.compile(bone, camera, scene);
  const gate = new ProgramGate();
  gate.markReady(renderer.gl, [bone]);
  renderer.compile.mockClear();
  return { ...renderer, bone, scene, camera, gate };
}

describe('the picture waits for programs the GPU has not linked (ProgramGate)', () => {
  it('draws the first picture at once with the programs the model made ready', () => {
    const { gl, compile, scene, camera, gate } = boneDrawnOnce();
    expect(gate.mayDraw(gl, scene, camera)).toBe(true);
    expect(compile).not.toHaveBeenCalled();
  });

  it('holds a picture whose look needs a new program until the renderer has caught up, then draws it', async () => {
    const { gl, compile, bone, scene, camera, gate } = boneDrawnOnce();
    // The bone fades in front of the subject: see-through, a form it has no program for yet.
    bone.material.transparent = true;
    bone.material.needsUpdate = true;
    expect(gate.mayDraw(gl, scene, camera)).toBe(false);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(gate.mayDraw(gl, scene, camera)).toBe(false);
    await settle();
    expect(gate.mayDraw(gl, scene, camera)).toBe(true);
    // Back to solid: its program is ready, so nothing waits.
    bone.material.transparent = false;
    bone.material.needsUpdate = true;
    expect(gate.mayDraw(gl, scene, camera)).toBe(true);
  });

  it('compiles nothing again for a see-through two-sided look that the last draw marked for update', async () => {
    const { gl, compile, bone, scene, camera, gate } = boneDrawnOnce();
    bone.material.transparent = true;
    bone.material.side = DoubleSide;
    bone.material.needsUpdate = true;
    expect(gate.mayDraw(gl, scene, camera)).toBe(false);
    await settle();
    expect(gate.mayDraw(gl, scene, camera)).toBe(true);
    gate.drawn(scene);
    compile.mockClear();
    for (let frame = 0; frame < 3; frame++) {
      // Three's draw of such a look: the back faces, then the front ones, each pass marking it for update.
      bone.material.needsUpdate = true;
      bone.material.needsUpdate = true;
      gate.drawn(scene);
      expect(gate.mayDraw(gl, scene, camera)).toBe(true);
    }
    expect(compile).not.toHaveBeenCalled();
    // A look changed after the draw is still looked at.
    bone.material.transparent = false;
    bone.material.needsUpdate = true;
    gate.mayDraw(gl, scene, camera);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('asks for no program for a hidden look, nor for the children of a changed one', () => {
    const { gl, compile } = fakeRenderer();
    const nerve = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    const branch = new Mesh(new BoxGeometry(), new MeshStandardMaterial({ visible: false }));
    nerve.add(branch);
    const { scene, camera } = sceneWith(nerve);
    const gate = new ProgramGate();
    expect(gate.mayDraw(gl, scene, camera)).toBe(false);
    expect(compile).toHaveBeenCalledTimes(1);
    expect((gl.properties.get(branch.material) as { programs?: unknown }).programs).toBeUndefined();
    // The branch's own subtree is the nerve's child alone: it is never compiled with the nerve.
    expect(nerve.children).toEqual([branch]);
  });

  it('neither compiles nor draws while the context is lost, and looks at every material again once restored', async () => {
    const { gl, compile, context, bone, scene, camera, gate } = boneDrawnOnce();
    context.lost = true;
    bone.material.needsUpdate = true;
    expect(gate.mayDraw(gl, scene, camera)).toBe(false);
    expect(compile).not.toHaveBeenCalled();
    context.lost = false;
    gate.forget();
    compile.mockClear();
    gate.mayDraw(gl, scene, camera);
    expect(compile).toHaveBeenCalledTimes(1);
    await settle();
    expect(gate.mayDraw(gl, scene, camera)).toBe(true);
  });
});
