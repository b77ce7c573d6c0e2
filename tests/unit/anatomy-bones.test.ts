/**
 * The generated bones, checked the way an anatomist would: closed solids, no two bones in each other, and the
 * measured sizes of every lumbar level against the model table (lumbar-reference.md §12.1, its stated ranges).
 */
import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField, buildBone } from '../../src/anatomy/bones';
import { SEGMENT_ALIGNMENT } from '../../src/anatomy/data/discs';
import { ENDPLATE_SHAPE, VERTEBRA_DIMENSIONS } from '../../src/anatomy/data/vertebrae';
import { SEGMENTS, VERTEBRAE, type Vertebra } from '../../src/anatomy/levels';
import { meshVolume, triangleCount, type MeshData } from '../../src/anatomy/meshData';
import { BONE_IDS, neutralPose, upperEndplateFrame, type BoneId } from '../../src/anatomy/posture';
import { endplateBowl } from '../../src/anatomy/vertebraBody';
import { vertebraLayout } from '../../src/anatomy/vertebraLayout';
import { angleBetween, edgeDefects, extent, fitPlane, rayHits, vertices, type V3 } from './anatomy-measure';

const meshes = new Map<BoneId, MeshData>();
const pose = neutralPose();

beforeAll(() => {
  for (const id of BONE_IDS) meshes.set(id, buildBone(id));
}, 300_000);

const mesh = (id: BoneId) => meshes.get(id)!;

describe('every bone is a closed solid', () => {
  it.each(BONE_IDS)('%s: each edge shared by exactly two triangles, consistent winding, positive volume', (id) => {
    expect(edgeDefects(mesh(id)), `${id} open or inconsistently wound edges`).toBe(0);
    expect(meshVolume(mesh(id)), `${id} volume`).toBeGreaterThan(10_000);
  });

  it('stays inside the triangle budget for bones', () => {
    const total = BONE_IDS.reduce((n, id) => n + triangleCount(mesh(id)), 0);
    expect(total).toBeLessThanOrEqual(175_000);
  });
});

describe('no bone intersects another in the neutral posture', () => {
  const pairs: [BoneId, BoneId][] = [
    ...VERTEBRAE.slice(1).map((v, i) => [VERTEBRAE[i]!, v] as [BoneId, BoneId]),
    ['L5', 'sacrum'],
    ['L5', 'ilium-left'],
    ['L5', 'ilium-right'],
    ['sacrum', 'ilium-left'],
    ['sacrum', 'ilium-right'],
  ];
  it.each(pairs)('%s and %s', (a, b) => {
    // Vertices of each mesh, carried into the other bone's frame, must not lie inside it (0.3 mm tolerance).
    for (const [from, into] of [[a, b], [b, a]] as const) {
      const sdf = boneField(into).sdf;
      const toInto = pose[into].clone().invert().multiply(pose[from]);
      const inside = vertices(mesh(from), toInto).filter((p) => sdf(p[0], p[1], p[2]) < -0.3);
      expect(inside.length, `${inside.length} vertices of ${from} inside ${into}`).toBe(0);
    }
  });
});

/** Vertices of the body (in front of the posterior wall) in the vertebra's local frame. */
function bodyVertices(v: Vertebra): V3[] {
  const wall = vertebraLayout(v).posteriorWall;
  return vertices(mesh(v)).filter((p) => p[2] > wall + 0.5);
}

describe.each(VERTEBRAE)('%s morphometry (lumbar-reference.md §12.1)', (v) => {
  const d = VERTEBRA_DIMENSIONS[v];
  const L = () => vertebraLayout(v);

  it('upper and lower endplate width and depth within ±8%', () => {
    const b = L().body;
    const near = (sign: 1 | -1) =>
      bodyVertices(v).filter((p) => Math.abs(p[1] - sign * (b.halfHeight + b.wedgeSlope * p[2])) < 1.5);
    const checks: [string, number, number][] = [
      ['upper width', extent(near(1).map((p) => p[0])), d.upperEndplateWidth],
      ['upper depth', extent(near(1).map((p) => p[2])), d.upperEndplateDepth],
      ['lower width', extent(near(-1).map((p) => p[0])), d.lowerEndplateWidth],
      ['lower depth', extent(near(-1).map((p) => p[2])), d.lowerEndplateDepth],
    ];
    for (const [what, measured, table] of checks)
      expect(Math.abs(measured - table) / table, `${v} endplate ${what}: measured ${measured.toFixed(1)} mm, table ${table}`).toBeLessThanOrEqual(0.08);
  });

  it('anterior and posterior body height within ±2 mm', () => {
    // Vertical rays 3 mm inside the front and back walls, in the midline, through the whole body.
    const m = mesh(v);
    const depthRay = rayHits(m, [0, 0, 60], [0, 0, -1]);
    const front = 60 - depthRay[0]!;
    const back = 60 - depthRay[1]!;
    const heightAt = (z: number) => {
      const hits = rayHits(m, [0, -60, z], [0, 1, 0]);
      return hits[hits.length - 1]! - hits[0]!;
    };
    const anterior = heightAt(front - 3);
    const posterior = heightAt(back + 3);
    expect(Math.abs(anterior - d.anteriorBodyHeight), `${v} anterior height ${anterior.toFixed(1)} vs ${d.anteriorBodyHeight}`).toBeLessThanOrEqual(2);
    expect(Math.abs(posterior - d.posteriorBodyHeight), `${v} posterior height ${posterior.toFixed(1)} vs ${d.posteriorBodyHeight}`).toBeLessThanOrEqual(2);
  });

  it('endplates are concave: superior 0.7 mm, inferior 1.5 mm deep at the centre (±0.3)', () => {
    const b = L().body;
    const top = 60 - rayHits(mesh(v), [0, 60, 0], [0, -1, 0])[0]!;
    const bottom = -60 + rayHits(mesh(v), [0, -60, 0], [0, 1, 0])[0]!;
    const superior = b.halfHeight - top;
    const inferior = bottom + b.halfHeight;
    expect(Math.abs(superior - ENDPLATE_SHAPE.superiorConcavity), `${v} superior concavity ${superior.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
    expect(Math.abs(inferior - ENDPLATE_SHAPE.inferiorConcavity), `${v} inferior concavity ${inferior.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
  });

  it('pedicle width within ±20%, canal width and depth within ±3 mm', () => {
    const layout = L();
    const side = layout.sides.left;
    const m = mesh(v);
    // A transverse ray through the pedicles' isthmus: canal walls first, then each pedicle's outer wall.
    const midZ = (side.pedicleFront[2] + side.pedicleBack[2]) / 2;
    const across = rayHits(m, [0, layout.pedicleLevel, midZ], [1, 0, 0]);
    const back = rayHits(m, [0, layout.pedicleLevel, midZ], [-1, 0, 0]);
    const canalWidth = across[0]! + back[0]!;
    const pedicleWidth = across[1]! - across[0]!;
    expect(Math.abs(pedicleWidth - d.pedicleWidth) / d.pedicleWidth, `${v} pedicle width ${pedicleWidth.toFixed(1)} vs ${d.pedicleWidth}`).toBeLessThanOrEqual(0.2);
    expect(Math.abs(canalWidth - d.canalWidth), `${v} canal width ${canalWidth.toFixed(1)} vs ${d.canalWidth}`).toBeLessThanOrEqual(3);
    // A midline ray from the body backward: out of the posterior wall, then into the lamina.
    const aft = rayHits(m, [0, layout.pedicleLevel, 0], [0, 0, -1]);
    const canalDepth = aft[1]! - aft[0]!;
    expect(Math.abs(canalDepth - d.canalDepth), `${v} canal depth ${canalDepth.toFixed(1)} vs ${d.canalDepth}`).toBeLessThanOrEqual(3);
  });

  it('transverse process tip-to-tip width within ±10%', () => {
    const width = extent(vertices(mesh(v)).map((p) => p[0]));
    expect(Math.abs(width - d.transverseTipToTip) / d.transverseTipToTip, `${v} TP width ${width.toFixed(1)} vs ${d.transverseTipToTip}`).toBeLessThanOrEqual(0.1);
  });
});

/** Plane of the ring apophysis of a vertebra's upper endplate, in the world. */
function upperRingNormal(v: Vertebra): V3 {
  const s = vertebraLayout(v).body;
  const frameInv = upperEndplateFrame(v).invert();
  const ring = vertices(mesh(v)).filter((p) => {
    const q = new Vector3(...p).applyMatrix4(frameInv);
    return Math.abs(q.y) < 0.6 && endplateBowl(q.x, q.z, s.upperWidth, s.upperDepth) === 0 &&
      Math.abs(q.x) < s.upperWidth / 2 - 2.5 && Math.abs(q.z) < s.upperDepth / 2 - 2.5;
  });
  const n = fitPlane(ring).normal;
  const w = new Vector3(...n).transformDirection(pose[v]);
  return w.y < 0 ? [-w.x, -w.y, -w.z] : [w.x, w.y, w.z];
}

describe('sagittal alignment (§12.3)', () => {
  it.each(SEGMENTS)('%s segmental lordosis within ±1.5° of the table', (segment) => {
    const [upper, lower] = segment.split('-') as [Vertebra, Vertebra | 'S1'];
    const lowerNormal: V3 = lower === 'S1'
      ? (new Vector3(0, 1, 0).transformDirection(pose.sacrum).toArray() as V3)
      : upperRingNormal(lower);
    const measured = angleBetween(upperRingNormal(upper), lowerNormal);
    const table = SEGMENT_ALIGNMENT[segment].lordosis;
    expect(Math.abs(measured - table), `${segment} lordosis ${measured.toFixed(1)}° vs ${table}°`).toBeLessThanOrEqual(1.5);
  });

  it('sacral slope is 40° and total L1-S1 lordosis about 50°', () => {
    const s1: V3 = new Vector3(0, 1, 0).transformDirection(pose.sacrum).toArray() as V3;
    expect(angleBetween(s1, [0, 1, 0])).toBeCloseTo(40, 1);
    const total = angleBetween(upperRingNormal('L1'), s1);
    expect(Math.abs(total - 50), `total lordosis ${total.toFixed(1)}°`).toBeLessThanOrEqual(3);
  });
});

