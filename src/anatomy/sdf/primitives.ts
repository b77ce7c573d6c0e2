/**
 * Signed-distance building blocks (negative inside, millimetres). Scalar arguments keep the hot loop free of
 * allocations; the blends are the polynomial smooth-min / smooth-max of Quilez, which keep joins organic.
 */
export type Vec3 = [number, number, number];

/** Smooth union; k is the blend width in mm. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth intersection (or, with a negated operand, smooth subtraction). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

export function sdSphere(x: number, y: number, z: number, c: Vec3, r: number): number {
  return Math.sqrt((x - c[0]) ** 2 + (y - c[1]) ** 2 + (z - c[2]) ** 2) - r;
}

/** Ellipsoid, first-order approximate distance (exact on the surface, good near it). */
export function sdEllipsoid(x: number, y: number, z: number, c: Vec3, r: Vec3): number {
  const px = (x - c[0]) / r[0];
  const py = (y - c[1]) / r[1];
  const pz = (z - c[2]) / r[2];
  const k0 = Math.sqrt(px ** 2 + py ** 2 + pz ** 2);
  const k1 = Math.sqrt((px / r[0]) ** 2 + (py / r[1]) ** 2 + (pz / r[2]) ** 2);
  return k1 < 1e-9 ? -Math.min(r[0], r[1], r[2]) : (k0 * (k0 - 1)) / k1;
}

/** Capsule whose radius runs linearly from ra at a to rb at b (a round cone, good for tapering processes). */
export function sdTaperedCapsule(x: number, y: number, z: number, a: Vec3, b: Vec3, ra: number, rb: number): number {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const pax = x - a[0];
  const pay = y - a[1];
  const paz = z - a[2];
  const t = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz)));
  return Math.sqrt((pax - bax * t) ** 2 + (pay - bay * t) ** 2 + (paz - baz * t) ** 2) - (ra + (rb - ra) * t);
}

/** Box with rounded edges, centred at the origin with half extents (hx, hy, hz) and edge radius r. */
export function sdRoundBox(x: number, y: number, z: number, hx: number, hy: number, hz: number, r: number): number {
  const qx = Math.abs(x) - hx + r;
  const qy = Math.abs(y) - hy + r;
  const qz = Math.abs(z) - hz + r;
  const outside = Math.sqrt((Math.max(qx, 0)) ** 2 + (Math.max(qy, 0)) ** 2 + (Math.max(qz, 0)) ** 2);
  return outside + Math.min(Math.max(qx, qy, qz), 0) - r;
}

/**
 * A flat 2-D profile (distance d2 in its plane, negative inside) thickened to ±halfThick across the plane (w is
 * the signed distance from the mid-plane), with fully rounded edges `edge` wide: a pillow, no flat rims or sharp
 * edges. The thickness axis is scaled, so the value is divided by that scale to stay a conservative distance.
 */
export function sdPillow(d2: number, w: number, halfThick: number, edge: number): number {
  const s = edge / halfThick;
  const qx = d2 + edge;
  const qy = Math.abs(w) * s;
  const d = qx > 0 ? Math.sqrt(qx * qx + qy * qy) - edge : Math.max(qy - edge, qx - edge);
  return d / Math.max(1, s);
}

/** 2-D ellipse with semi-axes (a, b), first-order distance (exact on the outline, good near it). */
export function sdEllipse2D(x: number, y: number, a: number, b: number): number {
  const k0 = Math.sqrt((x / a) ** 2 + (y / b) ** 2);
  const k1 = Math.sqrt((x / (a * a)) ** 2 + (y / (b * b)) ** 2);
  return k1 < 1e-9 ? -Math.min(a, b) : (k0 * (k0 - 1)) / k1;
}

/** 2-D superellipse |x/a|^p + |y/b|^p = 1, approximate distance scaled to mm near the outline. */
export function sdSuperellipse(x: number, y: number, a: number, b: number, p: number): number {
  const u = Math.abs(x) / a;
  const v = Math.abs(y) / b;
  // Exponent 4 (the flat-backed outlines) is common enough to skip the general powers.
  const r = p === 4 ? Math.sqrt(Math.sqrt(u * u * u * u + v * v * v * v)) : Math.pow(Math.pow(u, p) + Math.pow(v, p), 1 / p);
  return (r - 1) * Math.min(a, b) * (0.5 + 0.5 * Math.min(1, r));
}

/** A primitive with a bounding sphere, so unions can skip it cheaply when the point is far away. */
export interface BoundedSdf {
  sdf: (x: number, y: number, z: number) => number;
  centre: Vec3;
  radius: number;
}

/** Smooth union of bounded parts; a part whose bounding sphere is beyond the current best + k cannot matter. */
export function smoothUnion(parts: readonly BoundedSdf[], k: number): (x: number, y: number, z: number) => number {
  return (x, y, z) => {
    let d = Infinity;
    for (const part of parts) {
      const lower = Math.sqrt((x - part.centre[0]) ** 2 + (y - part.centre[1]) ** 2 + (z - part.centre[2]) ** 2) - part.radius;
      if (lower > d + k) continue;
      d = smin(d, part.sdf(x, y, z), k);
    }
    return d;
  };
}

/** Bounding sphere of a set of points, padded by a radius. */
export function boundAround(points: readonly Vec3[], pad: number): { centre: Vec3; radius: number } {
  const c = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) c[k] = c[k]! + p[k]! / points.length;
  const centre: Vec3 = [c[0]!, c[1]!, c[2]!];
  let radius = 0;
  for (const p of points) radius = Math.max(radius, Math.sqrt((p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2 + (p[2] - centre[2]) ** 2));
  return { centre, radius: radius + pad };
}

/** Whether the polygon edge (xi, yi)–(xj, yj) crosses the ray from (px, py) toward +x: an odd count of crossings is inside. */
function rayCrosses(px: number, py: number, xi: number, yi: number, xj: number, yj: number): boolean {
  return yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi;
}

/** Exact 2-D distance to a closed polygon given as flat [x0, y0, x1, y1, ...] (negative inside). */
export function sdPolygon2D(px: number, py: number, v: readonly number[]): number {
  const n = v.length / 2;
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i, i++) {
    const xi = v[2 * i]!;
    const yi = v[2 * i + 1]!;
    const xj = v[2 * j]!;
    const yj = v[2 * j + 1]!;
    const ex = xj - xi;
    const ey = yj - yi;
    const wx = px - xi;
    const wy = py - yi;
    const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    d = Math.min(d, Math.sqrt((wx - ex * t) ** 2 + (wy - ey * t) ** 2));
    if (rayCrosses(px, py, xi, yi, xj, yj)) inside = !inside;
  }
  return inside ? -d : d;
}

/** Whether a point lies inside a 2-D polygon (crossing parity): the sign of sdPolygon2D without its distance. */
export function insidePolygon2D(px: number, py: number, v: readonly number[]): boolean {
  const n = v.length / 2;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i, i++) {
    if (rayCrosses(px, py, v[2 * i]!, v[2 * i + 1]!, v[2 * j]!, v[2 * j + 1]!)) inside = !inside;
  }
  return inside;
}

/** 2-D distance to segment ab. */
export function distanceToSegment2D(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)));
  return Math.sqrt((px - ax - ex * t) ** 2 + (py - ay - ey * t) ** 2);
}

/** Which side of edge e (from point a, offset p = x - a) the point lies on, relative to the normal n. */
function edgeSide(ex: number, ey: number, ez: number, nx: number, ny: number, nz: number, px: number, py: number, pz: number): number {
  return Math.sign((ey * nz - ez * ny) * px + (ez * nx - ex * nz) * py + (ex * ny - ey * nx) * pz);
}

/** Squared distance from offset p to the segment 0→e. */
function edgeDistance2(ex: number, ey: number, ez: number, px: number, py: number, pz: number): number {
  const t = Math.min(1, Math.max(0, (ex * px + ey * py + ez * pz) / (ex * ex + ey * ey + ez * ez)));
  const dx = ex * t - px;
  const dy = ey * t - py;
  const dz = ez * t - pz;
  return dx * dx + dy * dy + dz * dz;
}

/** Unsigned distance to triangle abc (Quilez). */
export function udTriangle(x: number, y: number, z: number, a: Vec3, b: Vec3, c: Vec3): number {
  const bax = b[0] - a[0], bay = b[1] - a[1], baz = b[2] - a[2];
  const cbx = c[0] - b[0], cby = c[1] - b[1], cbz = c[2] - b[2];
  const acx = a[0] - c[0], acy = a[1] - c[1], acz = a[2] - c[2];
  const pax = x - a[0], pay = y - a[1], paz = z - a[2];
  const pbx = x - b[0], pby = y - b[1], pbz = z - b[2];
  const pcx = x - c[0], pcy = y - c[1], pcz = z - c[2];
  const nx = bay * acz - baz * acy, ny = baz * acx - bax * acz, nz = bax * acy - bay * acx;
  const inside =
    edgeSide(bax, bay, baz, nx, ny, nz, pax, pay, paz) +
      edgeSide(cbx, cby, cbz, nx, ny, nz, pbx, pby, pbz) +
      edgeSide(acx, acy, acz, nx, ny, nz, pcx, pcy, pcz) >= 2;
  if (inside) {
    const d = nx * pax + ny * pay + nz * paz;
    return Math.sqrt((d * d) / (nx * nx + ny * ny + nz * nz));
  }
  return Math.sqrt(
    Math.min(
      edgeDistance2(bax, bay, baz, pax, pay, paz),
      edgeDistance2(cbx, cby, cbz, pbx, pby, pbz),
      edgeDistance2(acx, acy, acz, pcx, pcy, pcz),
    ),
  );
}
