import type { Vec3 } from '../landmarks';
import type { BoneId } from '../posture';
import { bindInfluences, type BoundMesh, type Influence } from './boundMesh';
import { add, cross, distance, dot, lerp, normalize, perpendicular, reject, scale, sub } from './vec3';

/**
 * One control station of a swept tube, ribbon or slab (millimetres, world neutral frame).
 * The cross-section is an ellipse: `width` along `across` (or along a rotation-minimising normal when no
 * `across` is given), `thickness` perpendicular to it. A ribbon is a tube with a small thickness.
 */
export interface SweepStation {
  at: Vec3;
  width: number;
  thickness: number;
  across?: Vec3;
  /**
   * The bone this station moves with, or two bones: with `plusWeight` a fixed share (e.g. 0.5 over a disc),
   * without it split across the section (the minus `across` side follows `minus`, the plus side `plus`).
   */
  follows: BoneId | { minus: BoneId; plus: BoneId; plusWeight?: number };
}

export interface SweepOptions {
  /** Samples per span between stations (the path is a centripetal Catmull–Rom spline through them). */
  samplesPerSpan: number;
  /** Vertices around the cross-section. */
  sides: number;
  /** Moves each path sample given its section's half-size (e.g. out of bone); the path is then re-smoothed. */
  settle?: (centre: Vec3, halfSize: number) => Vec3;
}

export const DEFAULT_SWEEP: SweepOptions = { samplesPerSpan: 6, sides: 12 };

export interface Sample {
  at: Vec3;
  width: number;
  thickness: number;
  across: Vec3 | undefined;
  /** Span index and the parameter within it, for the bone weights. */
  span: number;
  s: number;
}

/** Centripetal Catmull–Rom point between p1 and p2 (Barry–Goldman pyramid), t in [0, 1]. */
function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const knot = (a: Vec3, b: Vec3) => Math.max(Math.sqrt(distance(a, b)), 1e-6);
  const t1 = knot(p0, p1);
  const t2 = t1 + knot(p1, p2);
  const t3 = t2 + knot(p2, p3);
  const u = t1 + (t2 - t1) * t;
  const mix = (a: Vec3, b: Vec3, ta: number, tb: number) => lerp(a, b, (u - ta) / (tb - ta));
  const a1 = mix(p0, p1, 0, t1);
  const a2 = mix(p1, p2, t1, t2);
  const a3 = mix(p2, p3, t2, t3);
  const b1 = mix(a1, a2, 0, t2);
  const b2 = mix(a2, a3, t1, t3);
  return mix(b1, b2, t1, t2);
}

function samplePath(stations: readonly SweepStation[], samplesPerSpan: number): Sample[] {
  const at = (i: number) => stations[Math.min(Math.max(i, 0), stations.length - 1)]!;
  const point = (i: number): Vec3 => {
    if (i >= 0 && i < stations.length) return at(i).at;
    // Mirror the end stations so the spline leaves the ends straight.
    const inner = i < 0 ? at(1).at : at(stations.length - 2).at;
    const end = i < 0 ? at(0).at : at(stations.length - 1).at;
    return sub(scale(end, 2), inner);
  };
  const samples: Sample[] = [];
  for (let span = 0; span < stations.length - 1; span++) {
    const a = at(span);
    const b = at(span + 1);
    const last = span === stations.length - 2;
    for (let k = 0; k <= samplesPerSpan; k++) {
      if (k === samplesPerSpan && !last) break;
      const s = k / samplesPerSpan;
      samples.push({
        at: catmullRom(point(span - 1), a.at, b.at, point(span + 2), s),
        width: a.width + (b.width - a.width) * s,
        thickness: a.thickness + (b.thickness - a.thickness) * s,
        across: a.across && b.across ? lerp(a.across, b.across, s) : (a.across ?? b.across),
        span,
        s,
      });
    }
  }
  return samples;
}

/** Tangent, normal and binormal per sample: rotation-minimising (double reflection, Wang et al. 2008). */
function frames(samples: readonly Sample[]): { t: Vec3; n: Vec3; b: Vec3 }[] {
  const tangents = samples.map((_, i) =>
    normalize(sub(samples[Math.min(i + 1, samples.length - 1)]!.at, samples[Math.max(i - 1, 0)]!.at)),
  );
  const result: { t: Vec3; n: Vec3; b: Vec3 }[] = [];
  let n = perpendicular(tangents[0]!);
  samples.forEach((sample, i) => {
    const t = tangents[i]!;
    if (i > 0) {
      const v1 = sub(sample.at, samples[i - 1]!.at);
      const c1 = dot(v1, v1);
      if (c1 > 1e-12) {
        const reflectedN = sub(n, scale(v1, (2 / c1) * dot(v1, n)));
        const reflectedT = sub(tangents[i - 1]!, scale(v1, (2 / c1) * dot(v1, tangents[i - 1]!)));
        const v2 = sub(t, reflectedT);
        const c2 = dot(v2, v2);
        n = c2 > 1e-12 ? sub(reflectedN, scale(v2, (2 / c2) * dot(v2, reflectedN))) : reflectedN;
      }
    }
    const hinted = sample.across ? reject(sample.across, t) : undefined;
    const normal = normalize(hinted && dot(hinted, hinted) > 1e-9 ? hinted : reject(n, t));
    result.push({ t, n: normal, b: cross(t, normal) });
  });
  return result;
}

function influenceAt(station: SweepStation, acrossCos: number): Map<BoneId, number> {
  if (typeof station.follows === 'string') return new Map([[station.follows, 1]]);
  const plus = station.follows.plusWeight ?? (1 + acrossCos) / 2;
  return new Map([
    [station.follows.minus, 1 - plus],
    [station.follows.plus, plus],
  ]);
}

function blendInfluences(a: Map<BoneId, number>, b: Map<BoneId, number>, s: number): Influence {
  const out = new Map<BoneId, number>();
  for (const [bone, w] of a) out.set(bone, (out.get(bone) ?? 0) + w * (1 - s));
  for (const [bone, w] of b) out.set(bone, (out.get(bone) ?? 0) + w * s);
  return out;
}

/** Rounds of settling and smoothing: settling moves samples one by one, smoothing takes the kinks out again. */
const SETTLE_ROUNDS = 8;

/** Settles every sample, then relaxes the path toward its neighbours' midpoints (ends fixed), a few times over. */
function settlePath(samples: Sample[], settle: NonNullable<SweepOptions['settle']>): void {
  const settleAll = () => {
    for (const sample of samples) sample.at = settle(sample.at, Math.max(sample.width, sample.thickness) / 2);
  };
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    settleAll();
    const relaxed = samples.map((sample, i) =>
      i === 0 || i === samples.length - 1 ? sample.at : lerp(sample.at, lerp(samples[i - 1]!.at, samples[i + 1]!.at, 0.5), 0.5),
    );
    relaxed.forEach((at, i) => (samples[i]!.at = at));
  }
  settleAll();
}

/** The centre line a sweep follows, settled and smoothed, with its section sizes along it. */
export function sweepCentreline(stations: readonly SweepStation[], options: SweepOptions): Sample[] {
  const samples = samplePath(stations, options.samplesPerSpan);
  if (options.settle) settlePath(samples, options.settle);
  return samples;
}

/** Sweeps an elliptical section along a smooth path through the stations; closed with flat end caps. */
export function sweep(stations: readonly SweepStation[], options: SweepOptions = DEFAULT_SWEEP): BoundMesh {
  if (stations.length < 2) throw new Error('a sweep needs at least two stations');
  const samples = sweepCentreline(stations, options);
  const frame = frames(samples);
  const { sides } = options;
  const positions: number[] = [];
  const influences: Influence[] = [];
  const indices: number[] = [];
  samples.forEach((sample, i) => {
    const { n, b } = frame[i]!;
    const from = stations[sample.span]!;
    const to = stations[sample.span + 1]!;
    for (let j = 0; j < sides; j++) {
      const angle = (2 * Math.PI * j) / sides;
      const offset = add(scale(n, (Math.cos(angle) * sample.width) / 2), scale(b, (Math.sin(angle) * sample.thickness) / 2));
      positions.push(...add(sample.at, offset));
      influences.push(blendInfluences(influenceAt(from, Math.cos(angle)), influenceAt(to, Math.cos(angle)), sample.s));
    }
  });
  for (let i = 0; i < samples.length - 1; i++) {
    for (let j = 0; j < sides; j++) {
      const a = i * sides + j;
      const b = i * sides + ((j + 1) % sides);
      const c = a + sides;
      const d = b + sides;
      indices.push(a, b, c, b, d, c);
    }
  }
  const cap = (ring: number, sample: Sample, station: SweepStation, outward: boolean) => {
    const centre = positions.length / 3;
    positions.push(...sample.at);
    influences.push(blendInfluences(influenceAt(station, 0), influenceAt(station, 0), 0));
    for (let j = 0; j < sides; j++) {
      const p = ring * sides + j;
      const q = ring * sides + ((j + 1) % sides);
      if (outward) indices.push(centre, p, q);
      else indices.push(centre, q, p);
    }
  };
  cap(0, samples[0]!, stations[0]!, false);
  cap(samples.length - 1, samples[samples.length - 1]!, stations[stations.length - 1]!, true);
  return bindInfluences({ positions: new Float32Array(positions), indices: new Uint32Array(indices) }, influences);
}
