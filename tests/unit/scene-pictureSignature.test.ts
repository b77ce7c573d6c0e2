import { BoxGeometry, Color, DoubleSide, FrontSide, Mesh, MeshStandardMaterial, PerspectiveCamera, Plane, Scene, Vector3, type WebGLRenderer } from 'three';
import { beforeEach, describe, expect, it } from 'vitest';
import { PictureSignature } from '../../src/scene/pictureSignature';
import { StructureMaterial } from '../../src/scene/structureMaterial';

/** What the signature reads of the renderer: the canvas's size, the pixel ratio and the clipping switch. */
const gl = { domElement: { width: 1280, height: 800 }, getPixelRatio: () => 1, localClippingEnabled: false } as unknown as WebGLRenderer;

describe('the picture is drawn again only when something in it changed', () => {
  let scene: Scene;
  let camera: PerspectiveCamera;
  let mesh: Mesh<BoxGeometry, MeshStandardMaterial>;
  let signature: PictureSignature;

  beforeEach(() => {
    scene = new Scene();
    scene.background = new Color('#1d2430');
    camera = new PerspectiveCamera(35, 1.6, 0.005, 5);
    camera.position.set(0, 0, 0.5);
    mesh = new Mesh(new BoxGeometry(0.02, 0.02, 0.02), new MeshStandardMaterial({ color: '#e9dfc8' }));
    scene.add(mesh);
    signature = new PictureSignature();
    signature.changed(scene, camera, gl);
    signature.remember();
  });

  it('sees no change in a still scene, and none that drawing itself made', () => {
    expect(signature.changed(scene, camera, gl)).toBe(false);
    // three draws a see-through two-sided material in two passes, marking it for update each time.
    mesh.material.needsUpdate = true;
    mesh.material.needsUpdate = true;
    signature.remember();
    expect(signature.changed(scene, camera, gl)).toBe(false);
  });

  it('takes the picture it checked as drawn, so a change made after the check is drawn next', () => {
    mesh.rotation.set(0.1, 0, 0);
    expect(signature.changed(scene, camera, gl)).toBe(true);
    mesh.material.opacity = 0.5;
    signature.remember();
    expect(signature.changed(scene, camera, gl)).toBe(true);
    signature.remember();
    expect(signature.changed(scene, camera, gl)).toBe(false);
  });

  const changes: [string, () => void][] = [
    ['the camera turns', () => camera.position.set(0.1, 0, 0.5)],
    ['the camera zooms', () => {
      camera.zoom = 2;
      camera.updateProjectionMatrix();
    }],
    ['a structure bends (its bone moves)', () => mesh.rotation.set(0.1, 0, 0)],
    ['a structure fades', () => (mesh.material.opacity = 0.5)],
    ['a structure turns see-through', () => {
      mesh.material.transparent = true;
      mesh.material.side = DoubleSide;
    }],
    ['a structure is hidden', () => (mesh.visible = false)],
    ['its colour changes', () => mesh.material.color.set('#ff0000')],
    ['it glows', () => mesh.material.emissive.set('#ff8800')],
    ['its pressure colours are written', () => (mesh.geometry.attributes.position!.needsUpdate = true)],
    ['a section plane moves', () => (mesh.material.clippingPlanes = [new Plane(new Vector3(0, 1, 0), 0.01)])],
    ['a piece is added', () => scene.add(new Mesh(new BoxGeometry(), new MeshStandardMaterial()))],
    ['the background changes', () => (scene.background = new Color('#ffffff'))],
  ];
  for (const [what, change] of changes) {
    it(`draws again when ${what}`, () => {
      change();
      expect(signature.changed(scene, camera, gl)).toBe(true);
    });
  }

  it("draws again when a structure's own shader values change (a muscle thins, a cut face shows)", () => {
    const look = new StructureMaterial('muscle');
    const muscle = new Mesh(new BoxGeometry(), look.material);
    scene.add(muscle);
    signature.changed(scene, camera, gl);
    signature.remember();
    look.setMuscleCondition(0, -2);
    expect(signature.changed(scene, camera, gl)).toBe(true);
  });

  it('draws again after the canvas is resized or its context restored', () => {
    const resized = { ...gl, domElement: { width: 800, height: 480 } } as unknown as WebGLRenderer;
    expect(signature.changed(scene, camera, resized)).toBe(true);
    signature.forget();
    expect(signature.changed(scene, camera, gl)).toBe(true);
  });

  it('a material put back as it was draws the same picture', () => {
    mesh.material.side = DoubleSide;
    mesh.material.side = FrontSide;
    expect(signature.changed(scene, camera, gl)).toBe(false);
  });
});
