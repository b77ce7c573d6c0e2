import { BoxGeometry, InstancedMesh, Matrix4, MeshStandardMaterial, PerspectiveCamera, Quaternion, Scene, Vector3, type WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { writeInstanceMatrix } from '../../src/scene/overlays/instanceMatrices';
import { PictureSignature } from '../../src/scene/pictureSignature';

const gl = { domElement: { width: 1280, height: 800 }, getPixelRatio: () => 1, localClippingEnabled: false } as unknown as WebGLRenderer;

/** A needle-sized part, placed with values a float32 buffer cannot hold exactly (millimetres in metres). */
const placed = (x: number) => new Matrix4().compose(new Vector3(x, 0.0123, -0.0457), new Quaternion().setFromAxisAngle(new Vector3(0.3, 1, 0.1).normalize(), 0.7), new Vector3(0.0011, 0.0011, 0.031));

/** One overlay frame as BoneInstancedMesh does it: every instance placed, the buffer marked only when one moved. */
function placeFrame(mesh: InstancedMesh, matrices: Matrix4[]): void {
  let moved = false;
  matrices.forEach((matrix, i) => {
    if (writeInstanceMatrix(mesh.instanceMatrix.array as Float32Array, i, matrix)) moved = true;
  });
  if (moved) mesh.instanceMatrix.needsUpdate = true;
}

describe('overlay instances placed every frame', () => {
  it('write a matrix the buffer does not hold yet, and then nothing for the same matrix again', () => {
    const buffer = new Float32Array(32);
    expect(writeInstanceMatrix(buffer, 1, placed(0.02))).toBe(true);
    expect(Array.from(buffer.subarray(16, 32))).toEqual(placed(0.02).elements.map(Math.fround));
    expect(Array.from(buffer.subarray(0, 16))).toEqual(new Array(16).fill(0));
    // Float64 values that float32 rounds are still the same matrix once stored.
    expect(writeInstanceMatrix(buffer, 1, placed(0.02))).toBe(false);
    expect(writeInstanceMatrix(buffer, 1, placed(0.0201))).toBe(true);
  });

  it('leave the picture unchanged while the overlay stands still, and change it when a part moves', () => {
    const scene = new Scene();
    const camera = new PerspectiveCamera(35, 1.6, 0.005, 5);
    const mesh = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial(), 2);
    scene.add(mesh);
    const signature = new PictureSignature();
    placeFrame(mesh, [placed(0.02), placed(-0.02)]);
    signature.changed(scene, camera, gl);
    signature.remember();
    for (let frame = 0; frame < 3; frame++) {
      placeFrame(mesh, [placed(0.02), placed(-0.02)]);
      expect(signature.changed(scene, camera, gl)).toBe(false);
    }
    placeFrame(mesh, [placed(0.02), placed(-0.021)]);
    expect(signature.changed(scene, camera, gl)).toBe(true);
  });
});
