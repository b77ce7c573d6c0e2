import { BoxGeometry, Mesh, PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import type { StructurePart } from '../../src/scene/modelIndex';
import { possibleOccluders } from '../../src/scene/occluderFade';

/** A 2 cm box at (x, y, z) metres, drawn with the given opacity of its own look. */
function part(id: string, [x, y, z]: [number, number, number], ownOpacity = 1, drawn = true): StructurePart {
  const mesh = new Mesh(new BoxGeometry(0.02, 0.02, 0.02));
  mesh.position.set(x, y, z);
  mesh.updateMatrixWorld();
  return { id, mesh, look: { ownOpacity, drawn } } as unknown as StructurePart;
}

/** Looking down −z from 0.5 m in front of the subject at the origin. */
function camera(): PerspectiveCamera {
  const c = new PerspectiveCamera(35, 1280 / 800, 0.005, 5);
  c.position.set(0, 0, 0.5);
  c.lookAt(0, 0, 0);
  c.updateMatrixWorld();
  return c;
}

describe('the parts that may stand in front of the subject (what the id pass needs to draw)', () => {
  const subject = part('subject', [0, 0, 0]);
  const between = part('between', [0.005, 0, 0.2]);
  const behind = part('behind', [0, 0, -0.2]);
  const aside = part('aside', [0.3, 0, 0.1]);
  const faint = part('faint', [0, 0.005, 0.1], 0.3);
  const hidden = part('hidden', [0, -0.005, 0.1], 1, false);
  const touching = part('touching', [0.025, 0, 0]);

  it('are the opaque, drawn parts over the subject on screen and not wholly behind it', () => {
    const found = possibleOccluders({ parts: [subject, between, behind, aside, faint, hidden, touching] }, new Set([subject]), camera());
    expect([...found].map((p) => p.id).sort()).toEqual(['between', 'touching']);
  });

  it('are none when nothing opaque is near the subject on screen, so no pass is drawn', () => {
    expect(possibleOccluders({ parts: [subject, behind, aside, faint] }, new Set([subject]), camera()).size).toBe(0);
  });

  it('are every opaque part when the subject reaches the camera (its screen area is then unbounded)', () => {
    const c = camera();
    c.position.set(0, 0, 0.012);
    c.updateMatrixWorld();
    const found = possibleOccluders({ parts: [subject, behind, aside] }, new Set([subject]), c);
    expect([...found].map((p) => p.id).sort()).toEqual(['aside', 'behind']);
  });
});
