/**
 * The pathology variants as an anatomist or radiologist would check them: Castellvi's criteria for the
 * transitional L5 (§6.1, §12.6) and Weishaupt's grades of facet degeneration (§7.1, §12.6).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CASTELLVI_TP_HEIGHT_MM, DEGENERATION_SHAPE, LSTV_SHAPE } from '../../src/anatomy/data/pathology';
import { toJoint } from '../../src/anatomy/facetFrames';
import { computeLandmarks } from '../../src/anatomy/landmarks';
import { meshVolume, type MeshData } from '../../src/anatomy/meshData';
import { buildIliolumbarLigament } from '../../src/anatomy/softTissue/ligaments';
import { vertebraSdf } from '../../src/anatomy/vertebraSdf';
import {
  degeneratedFrame,
  degeneratedProcessShape,
  osteophyteReach,
  osteophyteShape,
  subchondralCystShape,
} from '../../src/anatomy/variants/degenerationShapes';
import { lstvPaddle, lstvShape, sacrumSdfInL5 } from '../../src/anatomy/variants/lstvShapes';
import { TP_FORMS, tpForms, type TpForm } from '../../src/anatomy/variants/variantChoice';
import { meshVariantField, VARIANT_MESHING } from '../../scripts/models/variantParts';
import { DEGENERATED_GRADES, type DegeneratedGrade } from '../../src/anatomy/variants/variantStructures';
import { foramenArea } from '../../src/biomech/foramen';
import { edgeDefects, extent, vertices } from './anatomy-measure';

/** Sets of vertices joined by edges: a piece of bone should be one. */
function components(mesh: MeshData): number {
  const parent = Int32Array.from({ length: mesh.positions.length / 3 }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let t = 0; t < mesh.indices.length; t += 3)
    for (let k = 1; k < 3; k++) parent[find(mesh.indices[t + k]!)] = find(mesh.indices[t]!);
  return new Set(Array.from(parent, (_, i) => find(i))).size;
}

describe('lumbosacral transitional vertebra (Castellvi)', () => {
  const pieces = new Map<Exclude<TpForm, 'normal'>, MeshData>();
  const sacrum = sacrumSdfInL5();
  const l5 = vertebraSdf('L5');
  const minSacrumDistance = (mesh: MeshData) => Math.min(...vertices(mesh).map((p) => sacrum(...p)));

  beforeAll(() => {
    for (const form of TP_FORMS) pieces.set(form, meshVariantField(lstvShape('left', form), VARIANT_MESHING.lstvProcess));
  }, 120_000);

  it('gives each type its transverse-process forms: a = one side, b = both, IV = II on one side and III on the other', () => {
    expect(tpForms('Ia', 'left')).toEqual({ left: 'enlarged', right: 'normal' });
    expect(tpForms('Ib', 'left')).toEqual({ left: 'enlarged', right: 'enlarged' });
    expect(tpForms('IIa', 'right')).toEqual({ left: 'normal', right: 'pseudo-joint' });
    expect(tpForms('IIb', 'left')).toEqual({ left: 'pseudo-joint', right: 'pseudo-joint' });
    expect(tpForms('IIIa', 'left')).toEqual({ left: 'fused', right: 'normal' });
    expect(tpForms('IIIb', 'right')).toEqual({ left: 'fused', right: 'fused' });
    expect(tpForms('IV', 'left')).toEqual({ left: 'fused', right: 'pseudo-joint' });
    expect(tpForms('none', 'left')).toEqual({ left: 'normal', right: 'normal' });
  });

  it.each(TP_FORMS)('%s: a closed, single piece of bone rooted in L5', (form) => {
    const mesh = pieces.get(form)!;
    expect(edgeDefects(mesh), `${form} open edges`).toBe(0);
    expect(components(mesh), `${form} pieces`).toBe(1);
    expect(Math.min(...vertices(mesh).map((p) => l5(...p))), `${form} reaches into L5 (mm)`).toBeLessThan(-2);
  });

  it.each(TP_FORMS)('%s: the lateral process is at least 19 mm tall (cranio-caudal), Castellvi type I and up', (form) => {
    const { centre } = lstvPaddle('left');
    const lateral = vertices(pieces.get(form)!).filter((p) => p[0] > centre[0] - 3 && sacrum(...p) > 0);
    expect(extent(lateral.map((p) => p[1])), `${form} height (mm)`).toBeGreaterThanOrEqual(CASTELLVI_TP_HEIGHT_MM);
  });

  it('type I does not touch the sacrum: its gap stays above the 2 mm of a pseudo-joint', () => {
    expect(minSacrumDistance(pieces.get('enlarged')!)).toBeGreaterThan(2);
  });

  it('type II meets the ala across a 0-2 mm pseudo-joint with a real joint surface, not a point', () => {
    const mesh = pieces.get('pseudo-joint')!;
    const gap = minSacrumDistance(mesh);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(2);
    const facing = vertices(mesh).filter((p) => sacrum(...p) < LSTV_SHAPE.pseudoJointGap + 0.5);
    expect(facing.length, 'vertices on the pseudo-joint surface').toBeGreaterThan(40);
  });

  it('type III is bony continuity: one piece of bone from inside L5 to inside the sacral ala', () => {
    const mesh = pieces.get('fused')!;
    expect(components(mesh)).toBe(1);
    expect(minSacrumDistance(mesh), 'reach into the ala (mm)').toBeLessThan(-2);
  });

  it('thins the iliolumbar ligament on the transitional side', () => {
    const landmarks = computeLandmarks();
    const normal = meshVolume(buildIliolumbarLigament(landmarks, 'left').mesh);
    const thin = meshVolume(buildIliolumbarLigament(landmarks, 'left', LSTV_SHAPE.iliolumbarThinning).mesh);
    expect(thin / normal).toBeLessThan(0.5);
  });
});

describe('facet degeneration (Weishaupt grades 1-3), L4-L5 left', () => {
  const segment = 'L4-L5';
  const bone = { inferior: vertebraSdf('L4'), superior: vertebraSdf('L5') };
  const processes = new Map<string, MeshData>();
  const key = (process: 'inferior' | 'superior', grade: DegeneratedGrade) => `${process}-${grade}`;

  beforeAll(() => {
    for (const grade of DEGENERATED_GRADES)
      for (const process of ['inferior', 'superior'] as const)
        processes.set(key(process, grade), meshVariantField(degeneratedProcessShape(segment, 'left', process, grade), VARIANT_MESHING.articularProcess));
  }, 120_000);

  /** Where a process's field crosses zero along the joint normal from the joint centre (mm along n). */
  function facetSurfaceAlongNormal(process: 'inferior' | 'superior', grade: DegeneratedGrade): number {
    const f = degeneratedFrame(segment, 'left', process, grade);
    const sdf = degeneratedProcessShape(segment, 'left', process, grade).sdf;
    const at = (c: number) => sdf(f.centre[0] + c * f.n[0], f.centre[1] + c * f.n[1], f.centre[2] + c * f.n[2]);
    const direction = process === 'inferior' ? 1 : -1;
    let c = 0;
    while (at(c) > 0 && Math.abs(c) < 10) c += direction * 0.01;
    return c;
  }

  it.each(DEGENERATED_GRADES)('grade %i: bone-to-bone joint space as tabled (3 mm normal → 1.8 / 1.2 / 0.7)', (grade) => {
    const space = facetSurfaceAlongNormal('inferior', grade) - facetSurfaceAlongNormal('superior', grade);
    expect(space).toBeCloseTo(DEGENERATION_SHAPE[grade].jointSpace, 1);
  });

  // Tolerance +0.5 mm: at the rim the lip also rises to the narrowed joint surface, which moved toward the joint.
  it.each(DEGENERATED_GRADES)('grade %i: marginal osteophytes reach the grade’s size beyond the normal bone', (grade) => {
    const [small, large] = DEGENERATION_SHAPE[grade].osteophyte;
    for (const process of ['inferior', 'superior'] as const) {
      const spurs = meshVariantField(osteophyteShape(segment, 'left', process, grade), { voxel: 0.4, triangles: 4000 });
      const reach = Math.max(...vertices(spurs).map((p) => bone[process](...p)));
      expect(reach, `grade ${grade} ${process} process reach (mm)`).toBeGreaterThanOrEqual(small);
      expect(reach, `grade ${grade} ${process} process reach (mm)`).toBeLessThanOrEqual(large + 0.5);
    }
  }, 60_000);

  it('the osteophytes are a lip round the rim with pointed spurs, not round lumps', () => {
    const round = Array.from({ length: 72 }, (_, i) => osteophyteReach('superior', 3, (i / 72) * 2 * Math.PI - Math.PI));
    expect(Math.max(...round) / Math.min(...round)).toBeGreaterThan(2);
    expect(Math.min(...round)).toBeGreaterThan(0);
  });

  it.each(DEGENERATED_GRADES)('grade %i: each degenerated process is one closed piece of bone', (grade) => {
    for (const process of ['inferior', 'superior'] as const) {
      const mesh = processes.get(key(process, grade))!;
      expect(edgeDefects(mesh), `${process} open edges`).toBe(0);
      expect(components(mesh), `${process} pieces`).toBe(1);
    }
  });

  it('the articular processes grow with the grade (hypertrophy)', () => {
    for (const process of ['inferior', 'superior'] as const) {
      const volumes = DEGENERATED_GRADES.map((grade) => meshVolume(processes.get(key(process, grade))!));
      expect(volumes[1]!, `${process} grade 2 vs 1`).toBeGreaterThan(volumes[0]!);
      expect(volumes[2]!, `${process} grade 3 vs 2`).toBeGreaterThan(volumes[1]!);
    }
  });

  it('grade 3 has a 1-3 mm subchondral cyst inside the superior process, just under its facet', () => {
    const cyst = meshVariantField(subchondralCystShape(segment, 'left'), VARIANT_MESHING.cyst);
    const points = vertices(cyst);
    const size = Math.max(...[0, 1, 2].map((k) => extent(points.map((p) => p[k]!))));
    expect(size).toBeGreaterThanOrEqual(1);
    expect(size).toBeLessThanOrEqual(3);
    const process = degeneratedProcessShape(segment, 'left', 'superior', 3).sdf;
    expect(Math.max(...points.map((p) => process(...p))), 'cyst inside the process').toBeLessThan(0);
    const f = degeneratedFrame(segment, 'left', 'superior', 3);
    const depth = Math.min(...points.map((p) => -toJoint(f, ...p)[2] - f.gap / 2));
    expect(depth, 'depth under the facet (mm)').toBeGreaterThan(0.5);
    expect(depth).toBeLessThan(2);
  });
});

describe('foramen narrowing with degeneration', () => {
  it.each(['L4-L5', 'L5-S1'] as const)('%s: the foramen area falls with each grade', (segment) => {
    const areas = [0, 1, 2, 3].map((grade) => foramenArea(segment, 'left', grade as 0));
    expect(areas[0], `${segment} normal foramen (mm²)`).toBeGreaterThan(100);
    expect(areas[0]).toBeLessThan(300);
    for (let g = 1; g < 4; g++) expect(areas[g]!, `${segment} grade ${g} vs ${g - 1}: ${areas.join(' / ')}`).toBeLessThan(areas[g - 1]!);
    expect(areas[3]! / areas[0]!).toBeLessThan(0.5);
  }, 60_000);
});

// The helper itself: two separate boxes are two pieces, one box is one.
describe('components()', () => {
  const box = (cx: number) => (x: number, y: number, z: number) => Math.max(Math.abs(x - cx) - 2, Math.abs(y) - 2, Math.abs(z) - 2);
  const mesh = (sdf: (x: number, y: number, z: number) => number) =>
    meshVariantField({ sdf, bounds: { min: [-9, -3, -3], max: [9, 3, 3] } }, { voxel: 0.5, triangles: 400 });
  it('counts separate pieces', () => {
    expect(components(mesh((x, y, z) => Math.min(box(-5)(x, y, z), box(5)(x, y, z))))).toBe(2);
    expect(components(mesh(box(0)))).toBe(1);
  });
});
