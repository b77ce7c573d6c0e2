/**
 * The blade of the left ilium (world frame, data/ilium.ts) as a height field of radius about a vertical axis:
 * for each angle θ round the axis and height y, the mid-surface of the blade lies at radius R(θ, y), between the
 * iliac crest above and the lower border below, bulging outward in the middle so that the inner surface (the
 * iliac fossa) is concave. The blade's thickness and the signed distance to its outline are functions of (θ, y)
 * too; all three are tabulated once and read back bilinearly, so the field costs a few lookups per sample.
 */
import { ILIUM_SHAPE as I } from './data/ilium';
import { insidePolygon2D, type Vec3 } from './sdf/primitives';

const [AXIS_X, AXIS_Z] = I.wrapAxis;
const THETA_STEP = 0.006;
const Y_STEP = 1;
const MARGIN = { theta: 0.25, y: 24 };

export const polarAngle = (x: number, z: number): number => Math.atan2(z - AXIS_Z, x - AXIS_X);
export const polarRadius = (x: number, z: number): number => Math.hypot(x - AXIS_X, z - AXIS_Z);

/** Catmull-Rom resampling of a polyline, `steps` points per span. */
export function smoothPolyline(points: readonly (readonly number[])[], steps: number): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      out.push([0, 1, 2].map((k) =>
        0.5 * (2 * p1[k]! + (-p0[k]! + p2[k]!) * t + (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * t2 + (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * t3),
      ) as Vec3);
    }
  }
  out.push([...points[points.length - 1]!] as Vec3);
  return out;
}

/** A boundary of the blade as radius and height against θ (θ increasing, posterior to anterior). */
interface PolarCurve {
  theta: number[];
  radius: number[];
  y: number[];
}

function polarCurve(points: readonly Vec3[]): PolarCurve {
  return {
    theta: points.map((p) => polarAngle(p[0], p[2])),
    radius: points.map((p) => polarRadius(p[0], p[2])),
    y: points.map((p) => p[1]),
  };
}

function onCurve(c: PolarCurve, theta: number): { radius: number; y: number } {
  const n = c.theta.length;
  if (theta <= c.theta[0]!) return { radius: c.radius[0]!, y: c.y[0]! };
  if (theta >= c.theta[n - 1]!) return { radius: c.radius[n - 1]!, y: c.y[n - 1]! };
  let i = 1;
  while (c.theta[i]! < theta) i++;
  const f = (theta - c.theta[i - 1]!) / (c.theta[i]! - c.theta[i - 1]!);
  return { radius: c.radius[i - 1]! + f * (c.radius[i]! - c.radius[i - 1]!), y: c.y[i - 1]! + f * (c.y[i]! - c.y[i - 1]!) };
}

const smoothstep = (from: number, to: number, v: number): number => {
  const t = Math.min(1, Math.max(0, (v - from) / (to - from)));
  return t * t * (3 - 2 * t);
};

/**
 * How far the blade bows outward midway between crest and lower border, at a fraction u of the way from the
 * PSIS to the ASIS: the iliac fossa in front, the inward bend onto the sacrum behind.
 */
function bend(u: number): number {
  const { depth, centre, halfWidth } = I.sacroiliacBend;
  const x = Math.min(1, Math.abs(u - centre) / halfWidth);
  const sacroiliac = depth * (1 - x * x) ** 2;
  return I.fossaDepth * Math.sin(Math.PI * u) ** 0.8 - sacroiliac;
}

export interface WingSample {
  /** Radius of the mid-surface. */
  radius: number;
  /** 1 / √(1 + |∇R|²): turns a radial offset into a distance along the surface normal. */
  normalScale: number;
  thickness: number;
  /** Signed distance (mm) from the mid-surface point to the blade's outline, negative inside. */
  outline: number;
}

export interface IliumWing {
  crest: Vec3[];
  lowerBorder: Vec3[];
  /** The blade at (θ, y); the returned object is reused by the next call. */
  sample(theta: number, y: number): WingSample;
  /** A point moved along its radius onto the blade's mid-surface. */
  onSurface(p: Vec3): Vec3;
}

function buildWing(): IliumWing {
  const crest = smoothPolyline(I.crest, 4);
  const lowerBorder = smoothPolyline(I.lowerBorder, 4);
  // Finely resampled, so that the blade has no creases along lines of constant θ.
  const top = polarCurve(smoothPolyline(I.crest, 16));
  const [first, last] = I.surfaceBorder;
  const bottom = polarCurve(smoothPolyline(I.lowerBorder.slice(first, last + 1), 16));
  const theta0 = top.theta[0]!;
  const theta1 = top.theta[top.theta.length - 1]!;
  const along = (theta: number) => Math.min(1, Math.max(0, (theta - theta0) / (theta1 - theta0)));
  const heightFraction = (theta: number, y: number) => {
    const t = onCurve(top, theta);
    const b = onCurve(bottom, theta);
    return { t: (y - b.y) / (t.y - b.y), top: t, bottom: b };
  };
  const thickness = (theta: number, y: number) => {
    const t = heightFraction(theta, y).t;
    const u = along(theta);
    const toward = (target: number, weight: number) => I.bladeThickness + (target - I.bladeThickness) * weight;
    return Math.max(
      toward(I.bodyThickness, smoothstep(0.45, 0, t)),
      toward(I.nearCrestThickness, smoothstep(0.7, 1, t)),
      toward(I.posteriorThickness, smoothstep(0.22, 0, u)),
      toward(I.anteriorThickness, smoothstep(0.85, 1, u)),
    );
  };
  const outline = [...crest, ...[...lowerBorder].reverse()];
  const polygon = outline.flatMap((p) => [polarAngle(p[0], p[2]), p[1]]);
  const ys = outline.map((p) => p[1]);
  const thetaMin = Math.min(...polygon.filter((_, i) => i % 2 === 0)) - MARGIN.theta;
  const yMin = Math.min(...ys) - MARGIN.y;
  const nt = Math.ceil((Math.max(...polygon.filter((_, i) => i % 2 === 0)) + MARGIN.theta - thetaMin) / THETA_STEP) + 1;
  const ny = Math.ceil((Math.max(...ys) + MARGIN.y - yMin) / Y_STEP) + 1;
  const midRadius = (theta: number, y: number) => {
    const { t, top: tc, bottom: bc } = heightFraction(theta, y);
    return bc.radius + (tc.radius - bc.radius) * t + bend(along(theta)) * Math.sin(Math.PI * Math.min(1, Math.max(0, t)));
  };
  // The outline runs on the mid-surface, so that the distance to it vanishes where the inside test flips.
  const onSurface = (p: Vec3): Vec3 => {
    const theta = polarAngle(p[0], p[2]);
    const r = midRadius(theta, p[1]);
    return [AXIS_X + r * Math.cos(theta), p[1], AXIS_Z + r * Math.sin(theta)];
  };
  const outlinePoints = outline.map(onSurface);
  // Four fields per grid point, interleaved: radius, normal scale, thickness, outline distance.
  const table = new Float32Array(nt * ny * 4);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nt; i++) {
      const theta = thetaMin + i * THETA_STEP;
      const y = yMin + j * Y_STEP;
      const r = midRadius(theta, y);
      const dy = (midRadius(theta, y + 0.5) - midRadius(theta, y - 0.5)) / 1;
      const dArc = (midRadius(theta + 0.005, y) - midRadius(theta - 0.005, y)) / (0.01 * r);
      const m: Vec3 = [AXIS_X + r * Math.cos(theta), y, AXIS_Z + r * Math.sin(theta)];
      const inside = insidePolygon2D(theta, y, polygon);
      const k = 4 * (i + nt * j);
      table[k] = r;
      table[k + 1] = 1 / Math.sqrt(1 + dy * dy + dArc * dArc);
      table[k + 2] = thickness(theta, y);
      table[k + 3] = (inside ? -1 : 1) * distanceToPolyline(m, outlinePoints);
    }
  const out: WingSample = { radius: 0, normalScale: 0, thickness: 0, outline: 0 };
  return {
    crest,
    lowerBorder,
    onSurface,
    sample(theta, y) {
      const gi = Math.min(nt - 1.001, Math.max(0, (theta - thetaMin) / THETA_STEP));
      const gj = Math.min(ny - 1.001, Math.max(0, (y - yMin) / Y_STEP));
      const i = Math.floor(gi);
      const j = Math.floor(gj);
      const fi = gi - i;
      const fj = gj - j;
      const a = 4 * (i + nt * j);
      const b = a + 4 * nt;
      const w00 = (1 - fi) * (1 - fj), w10 = fi * (1 - fj), w01 = (1 - fi) * fj, w11 = fi * fj;
      const at = (k: number) => table[a + k]! * w00 + table[a + 4 + k]! * w10 + table[b + k]! * w01 + table[b + 4 + k]! * w11;
      out.radius = at(0);
      out.normalScale = at(1);
      out.thickness = at(2);
      out.outline = at(3);
      return out;
    },
  };
}

/** Distance from p to a closed polyline; scalar arithmetic only, as it runs for every cell of the wing's table. */
function distanceToPolyline(p: Vec3, points: readonly Vec3[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const ex = b[0] - a[0], ey = b[1] - a[1], ez = b[2] - a[2];
    const wx = p[0] - a[0], wy = p[1] - a[1], wz = p[2] - a[2];
    const t = Math.min(1, Math.max(0, (wx * ex + wy * ey + wz * ez) / (ex * ex + ey * ey + ez * ez)));
    best = Math.min(best, Math.hypot(wx - ex * t, wy - ey * t, wz - ez * t));
  }
  return best;
}

let cached: IliumWing | undefined;

export function iliumWing(): IliumWing {
  cached ??= buildWing();
  return cached;
}
