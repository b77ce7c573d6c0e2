import { BoxGeometry, Mesh, MeshBasicMaterial, PerspectiveCamera, Plane, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { anchorPosition, aimAnchor, type AimedAnchor } from '../../src/scene/labels/labelAnchors';
import type { StructurePart } from '../../src/scene/modelIndex';

/** A thin nerve, 10 cm long and 2 mm across, along x at the origin, with vertices all along it. */
function nerve(): StructurePart {
  const mesh = new Mesh(new BoxGeometry(0.1, 0.002, 0.002, 40, 1, 1));
  mesh.updateMatrixWorld();
  return { id: 'nerve', mesh } as unknown as StructurePart;
}

/** An opaque box `width` wide, 1 cm in front of the nerve's middle (toward the camera), 2 cm tall. */
function cover(width: number): Mesh {
  const mesh = new Mesh(new BoxGeometry(width, 0.02, 0.005), new MeshBasicMaterial());
  mesh.position.set(0, 0, 0.01);
  mesh.updateMatrixWorld();
  return mesh;
}

/** Looking down −z at the nerve from 0.3 m. */
function camera(): PerspectiveCamera {
  const c = new PerspectiveCamera(35, 1, 0.005, 5);
  c.position.set(0, 0, 0.3);
  c.lookAt(0, 0, 0);
  c.updateMatrixWorld();
  return c;
}

function aim(parts: StructurePart[], occluders: Mesh[]): AimedAnchor | null {
  const aiming = aimAnchor(parts, camera(), occluders);
  for (;;) {
    const step = aiming.next();
    if (step.done) return step.value;
  }
}

const x = (aimed: AimedAnchor | null) => (aimed ? anchorPosition(aimed.anchor, new Vector3()).x : NaN);

describe('where a label points on its structure', () => {
  it('points at the middle of a structure in plain view', () => {
    const aimed = aim([nerve()], []);
    expect(aimed?.hidden).toBe(false);
    expect(Math.abs(x(aimed))).toBeLessThan(0.005);
  });

  it('points at a visible part beside what covers the middle, not behind the cover', () => {
    const aimed = aim([nerve()], [cover(0.03)]);
    expect(aimed?.hidden).toBe(false);
    expect(Math.abs(x(aimed))).toBeGreaterThan(0.015);
    // The nearest visible part: close beside the cover's edge, not the nerve's far end.
    expect(Math.abs(x(aimed))).toBeLessThan(0.03);
  });

  it('says the label is hidden when the whole structure is covered', () => {
    const aimed = aim([nerve()], [cover(0.2)]);
    expect(aimed?.hidden).toBe(true);
  });

  it('does not count what a section plane cuts away as a cover', () => {
    const sectioned = cover(0.2);
    // Keeps z < 0.005: the cover (z 0.0075–0.0125) is cut away, the nerve kept.
    (sectioned.material as MeshBasicMaterial).clippingPlanes = [new Plane(new Vector3(0, 0, -1), 0.005)];
    const aimed = aim([nerve()], [sectioned]);
    expect(aimed?.hidden).toBe(false);
    expect(Math.abs(x(aimed))).toBeLessThan(0.005);
  });

  it('has no anchor for a structure that is not drawn', () => {
    expect(aim([], [])).toBeNull();
  });
});
