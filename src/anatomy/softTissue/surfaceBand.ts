import type { Vec3 } from '../landmarks';
import type { Sdf } from '../sdf/surfaceNets';
import { bindInfluences, type BoundMesh, type Influence } from './boundMesh';
import { add, normalize, scale } from './vec3';

/**
 * A ligament that lies on bone: a grid of samples (rows along the band, columns across it) each moved onto the
 * surface of `field` along its row's `inward` direction, then thickened outward along the surface normal. The
 * band therefore follows every curve of the bone under it (the waist of a body, the bulge of a disc), with a
 * small clearance so the two surfaces do not flicker.
 */
export interface BandGrid {
  /** Points near the surface, rows × columns (world, mm). */
  guess: Vec3[][];
  /** Per row: the direction from the band into the bone. */
  inward: Vec3[];
  /** Thickness per sample, mm. */
  thickness: number[][];
  /** The bones each sample follows. */
  influence: (row: number, column: number) => Influence;
}

/** How far in front of and behind a guess the surface is searched for, mm, and the search step. */
const SEARCH = { reach: 12, step: 1 };
const GRADIENT_STEP = 0.1;

/** The surface point along guess + t · inward nearest t = 0, or null when there is none within reach. */
function ontoSurface(field: Sdf, guess: Vec3, inward: Vec3): Vec3 | null {
  const at = (t: number) => add(guess, scale(inward, t));
  const value = (t: number) => field(...at(t));
  let previous = value(-SEARCH.reach);
  for (let t = -SEARCH.reach + SEARCH.step; t <= SEARCH.reach; t += SEARCH.step) {
    const current = value(t);
    if (previous > 0 && current <= 0) {
      let lo = t - SEARCH.step;
      let hi = t;
      for (let i = 0; i < 12; i++) {
        const mid = (lo + hi) / 2;
        if (value(mid) > 0) lo = mid;
        else hi = mid;
      }
      return at((lo + hi) / 2);
    }
    previous = current;
  }
  return null;
}

function outwardNormal(field: Sdf, p: Vec3, fallback: Vec3): Vec3 {
  const d = field(...p);
  const g: Vec3 = [
    field(p[0] + GRADIENT_STEP, p[1], p[2]) - d,
    field(p[0], p[1] + GRADIENT_STEP, p[2]) - d,
    field(p[0], p[1], p[2] + GRADIENT_STEP) - d,
  ];
  const n = normalize(g);
  return n[0] === 0 && n[1] === 0 && n[2] === 0 ? fallback : n;
}

/** The closed slab: outer and inner sheets, side walls along the edges and the two ends. */
export function surfaceBand(grid: BandGrid, field: Sdf, clearance: number): BoundMesh {
  const rows = grid.guess.length;
  const columns = grid.guess[0]!.length;
  const base: { at: Vec3; normal: Vec3 }[] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) {
      const inward = normalize(grid.inward[i]!);
      const outward = scale(inward, -1);
      const guess = grid.guess[i]![j]!;
      // With no bone under it (a gap), the band spans straight across at its guessed position.
      const surface = ontoSurface(field, guess, inward);
      base.push({ at: surface ?? guess, normal: surface ? outwardNormal(field, surface, outward) : outward });
    }
  const positions: number[] = [];
  const influences: Influence[] = [];
  for (const sheet of ['inner', 'outer'] as const)
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < columns; j++) {
        const { at, normal } = base[i * columns + j]!;
        const lift = clearance + (sheet === 'outer' ? grid.thickness[i]![j]! : 0);
        positions.push(...add(at, scale(normal, lift)));
        influences.push(grid.influence(i, j));
      }
  const inner = (i: number, j: number) => i * columns + j;
  const outer = (i: number, j: number) => rows * columns + i * columns + j;
  const indices: number[] = [];
  const quad = (a: number, b: number, c: number, d: number) => indices.push(a, b, c, a, c, d);
  for (let i = 0; i + 1 < rows; i++)
    for (let j = 0; j + 1 < columns; j++) {
      quad(outer(i, j), outer(i + 1, j), outer(i + 1, j + 1), outer(i, j + 1));
      quad(inner(i, j), inner(i, j + 1), inner(i + 1, j + 1), inner(i + 1, j));
    }
  for (let i = 0; i + 1 < rows; i++) {
    quad(inner(i, 0), inner(i + 1, 0), outer(i + 1, 0), outer(i, 0));
    quad(outer(i, columns - 1), outer(i + 1, columns - 1), inner(i + 1, columns - 1), inner(i, columns - 1));
  }
  for (let j = 0; j + 1 < columns; j++) {
    quad(outer(0, j), outer(0, j + 1), inner(0, j + 1), inner(0, j));
    quad(inner(rows - 1, j), inner(rows - 1, j + 1), outer(rows - 1, j + 1), outer(rows - 1, j));
  }
  const mesh = { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
  if (signedVolume(mesh.positions, mesh.indices) < 0) mesh.indices.reverse();
  return bindInfluences(mesh, influences);
}

function signedVolume(p: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = 3 * idx[t]!, b = 3 * idx[t + 1]!, c = 3 * idx[t + 2]!;
    v += p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) - p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) + p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}
