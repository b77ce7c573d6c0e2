import { BoxGeometry, Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, type Material, type WebGLRenderer } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { prepareIdPass, renderIdsLater } from '../../src/scene/idPass';
import type { ModelIndex, StructurePart } from '../../src/scene/modelIndex';

/** A scene of one shown structure, and a renderer that records what the pass compiles and draws. */
function setUp(lost: boolean) {
  const scene = new Scene();
  const look = new MeshStandardMaterial();
  const mesh = new Mesh(new BoxGeometry(), look);
  scene.add(mesh);
  const part = { id: 'vertebra-L4', mesh, look: { material: look, drawn: true, shownOrComing: true } } as unknown as StructurePart;
  const index = { parts: [part] } as unknown as ModelIndex;
  const compiled: Material[] = [];
  const gl = {
    getContext: () => ({ isContextLost: () => lost }),
    compile: vi.fn(() => compiled.push(mesh.material as Material)),
    render: vi.fn(),
    clear: vi.fn(),
    setRenderTarget: vi.fn(),
    getClearColor: vi.fn(),
    getClearAlpha: () => 1,
    setClearColor: vi.fn(),
    readRenderTargetPixelsAsync: vi.fn(() => Promise.resolve()),
  };
  return { scene, mesh, look, index, compiled, gl, renderer: gl as unknown as WebGLRenderer, camera: new PerspectiveCamera() };
}

describe('the id pass (what stands in front of the subject)', () => {
  it('compiles the structure in its flat id colour and gives its own look back', () => {
    const { scene, mesh, look, index, compiled, renderer, camera } = setUp(false);
    prepareIdPass(renderer, scene, camera, index);
    expect(compiled).toHaveLength(1);
    expect(compiled[0]).not.toBe(look);
    expect(mesh.material).toBe(look);
  });

  it('compiles and draws nothing on a lost context, which would make GPU objects no restore deletes', async () => {
    const { scene, mesh, look, index, gl, renderer, camera } = setUp(true);
    expect(() => prepareIdPass(renderer, scene, camera, index)).toThrow(/lost/);
    await expect(async () => renderIdsLater(renderer, scene, camera, index, { only: new Set(index.parts) }, 8, 8)).rejects.toThrow(/lost/);
    expect(gl.compile).not.toHaveBeenCalled();
    expect(gl.render).not.toHaveBeenCalled();
    expect(gl.setRenderTarget).not.toHaveBeenCalled();
    expect(gl.readRenderTargetPixelsAsync).not.toHaveBeenCalled();
    expect(mesh.material).toBe(look);
  });
});
