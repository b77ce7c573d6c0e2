import { DoubleSide, type Camera, type Scene, type WebGLRenderer } from 'three';
import { warmIdPass } from './idPass';
import type { ModelIndex } from './modelIndex';

/**
 * Has the shader programs of the see-through look made now, while nothing waits for them: a structure standing in
 * front of the subject is faded (StructureMaterial draws it see-through, both sides), and a software renderer that
 * first linked that program then held the page for a few hundred ms. Every opaque look is switched for the call and
 * put back as it was; its own program is kept, so nothing is linked again.
 */
export function warmSeeThroughLooks(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex): void {
  const opaque = index.parts.map((part) => part.look.material).filter((material) => material.visible && !material.transparent);
  const sides = opaque.map((material) => material.side);
  for (const material of opaque) {
    material.transparent = true;
    material.side = DoubleSide;
  }
  try {
    gl.compile(index.root, camera, scene);
  } finally {
    opaque.forEach((material, i) => {
      material.transparent = false;
      material.side = sides[i]!;
      material.needsUpdate = true;
    });
  }
}

/**
 * Has the programs of every look the model may be drawn with, and those of the id pass, asked for at once before its
 * first frame: linked side by side, the first frame waited for them far less (about 0.45 s here) than when each was
 * linked as it was first drawn.
 */
export function warmLooks(gl: WebGLRenderer, scene: Scene, camera: Camera, index: ModelIndex): void {
  gl.compile(index.root, camera, scene);
  warmSeeThroughLooks(gl, scene, camera, index);
  warmIdPass(gl, scene, camera, index, 'programs');
}
