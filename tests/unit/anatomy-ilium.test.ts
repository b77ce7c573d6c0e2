/**
 * The iliac wing, measured on the generated mesh as an anatomist would: where the crest tops out against the
 * lumbar levels (intercristal line), the concave iliac fossa, a thin blade with a thicker rim, and a wing that
 * stays lateral to the L5-S1 disc.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBone } from '../../src/anatomy/bones';
import { ILIUM_SHAPE } from '../../src/anatomy/data/ilium';
import { computeLandmarks, type Landmarks } from '../../src/anatomy/landmarks';
import { SIDES, type Side } from '../../src/anatomy/levels';
import type { MeshData } from '../../src/anatomy/meshData';
import { neutralPose } from '../../src/anatomy/posture';
import { rayHits, vertices } from './anatomy-measure';

const world = new Map<Side, MeshData>();
let landmarks: Landmarks;

beforeAll(() => {
  const pose = neutralPose();
  landmarks = computeLandmarks();
  for (const side of SIDES) {
    const id = side === 'left' ? 'ilium-left' : 'ilium-right';
    const bone = buildBone(id);
    world.set(side, { positions: new Float32Array(vertices(bone, pose[id]).flat()), indices: bone.indices });
  }
}, 120_000);

const sign = (side: Side) => (side === 'left' ? 1 : -1);
/** Height of a vertebral body's midline at a fraction of the way up from its lower endplate. */
function bodyHeight(v: 'L4' | 'L5', fraction: number): number {
  const b = landmarks.vertebrae[v];
  const lower = (b.lowerEndplate.anterior[1] + b.lowerEndplate.posterior[1]) / 2;
  const upper = (b.upperEndplate.anterior[1] + b.upperEndplate.posterior[1]) / 2;
  return lower + (upper - lower) * fraction;
}

/** Distances along a horizontal ray from the midline outward through the wing, at height y and depth z. */
const outward = (side: Side, y: number, z: number) => rayHits(world.get(side)!, [sign(side) * 20, y, z], [sign(side), 0, 0]);

describe.each(SIDES)('%s ilium', (side) => {
  it('tops out between the lower third of L4 and the upper third of L5 (intercristal line, 80 % of adults)', () => {
    const top = Math.max(...vertices(world.get(side)!).map((p) => p[1]));
    expect(top, `crest top ${top.toFixed(1)} mm`).toBeGreaterThanOrEqual(bodyHeight('L5', 2 / 3));
    expect(top, `crest top ${top.toFixed(1)} mm`).toBeLessThanOrEqual(bodyHeight('L4', 1 / 3));
  });

  it('has a concave iliac fossa: its middle lies well outside the line from below the crest to the pelvic brim', () => {
    const z = 15;
    const inner = (y: number) => 20 + outward(side, y, z)[0]!;
    const [high, middle, low] = [15, -20, -55].map(inner) as [number, number, number];
    const chord = high + ((low - high) * (-20 - 15)) / (-55 - 15);
    expect(middle - chord, `fossa depth ${(middle - chord).toFixed(1)} mm`).toBeGreaterThanOrEqual(4);
  });

  it('is a thin blade in the middle (under 5 mm, Wang 2020) with a crest rim at least twice as thick', () => {
    const through = (y: number, z: number) => {
      const hits = outward(side, y, z);
      return hits[1]! - hits[0]!;
    };
    const blade = through(-20, 15);
    // Horizontally through the crest 4 mm below its top, at the middle of the crest.
    const crest = landmarks.ilia[side].crest[4]!;
    const rim = through(crest[1] - 4, crest[2]);
    expect(blade, `blade ${blade.toFixed(1)} mm along x`).toBeLessThanOrEqual(6);
    expect(blade).toBeGreaterThanOrEqual(ILIUM_SHAPE.bladeThickness * 0.6);
    expect(rim, `rim ${rim.toFixed(1)} mm`).toBeGreaterThanOrEqual(2 * blade);
  });

  it('stays lateral to the L5-S1 disc at the disc height', () => {
    const l5 = landmarks.vertebrae.L5.lowerEndplate;
    const s1 = landmarks.sacrum.upperEndplate;
    const [lowY, highY] = [Math.min(s1.anterior[1], s1.posterior[1]), Math.max(l5.anterior[1], l5.posterior[1])];
    const atDisc = vertices(world.get(side)!).filter((p) => p[1] > lowY && p[1] < highY);
    const nearest = Math.min(...atDisc.map((p) => Math.abs(p[0])));
    expect(nearest, `ilium ${nearest.toFixed(1)} mm from the midline at L5-S1`).toBeGreaterThan(30);
  });

  it('reaches from the PSIS behind the sacrum to the ASIS well in front of the L5-S1 disc', () => {
    const zs = vertices(world.get(side)!).map((p) => p[2]);
    expect(Math.min(...zs)).toBeLessThan(landmarks.sacrum.upperEndplate.posterior[2] - 40);
    expect(Math.max(...zs)).toBeGreaterThan(landmarks.sacrum.upperEndplate.anterior[2] + 40);
    const xs = vertices(world.get(side)!).map((p) => sign(side) * p[0]);
    // Bi-iliac breadth about 250-290 mm (M): the crest reaches 120-145 mm from the midline.
    expect(Math.max(...xs)).toBeGreaterThan(120);
    expect(Math.max(...xs)).toBeLessThan(145);
  });
});

