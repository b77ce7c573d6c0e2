/**
 * The soft parts of one facet joint, built directly as parametric surfaces in its joint frame (facetFrames.ts):
 * closed by construction, and cheap in triangles. Cartilage layers lie on the two facet cylinders and face each
 * other across the joint; the capsule is a sleeve around the joint margins from one bone to the other, thicker
 * posteriorly; the meniscoids are crescent-shaped fibro-fatty folds at the superior and inferior poles.
 */
import { FACET_JOINT_TISSUE, FACET_MENISCOID } from './data/facets';
import { fromJoint, type FacetFrame } from './facetFrames';
import { computeVertexNormals, meshVolume, type MeshData } from './meshData';

/** Rings and segments of the parametric patches (enough for smooth shading at these sizes). */
const RINGS = 6;
const SEGMENTS = 32;

/** A point at patch coordinates (r, θ) on the facet cylinder of radius rho (r = 1 is the facet margin). */
function onCylinder(f: FacetFrame, r: number, theta: number, rho: number, arcRadius: number) {
  const a = r * Math.cos(theta) * (f.width / 2);
  const b = r * Math.sin(theta) * (f.height / 2);
  const psi = a / arcRadius;
  return fromJoint(f, rho * Math.sin(psi), b, f.radius - rho * Math.cos(psi));
}

function finish(positions: number[], indices: number[], blend: (i: number) => number): MeshData {
  const mesh: MeshData = { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
  // Built with a consistent winding whose sense depends on the side and frame handedness: make it outward.
  if (meshVolume(mesh) < 0)
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const tmp = mesh.indices[t + 1]!;
      mesh.indices[t + 1] = mesh.indices[t + 2]!;
      mesh.indices[t + 2] = tmp;
    }
  mesh.normals = computeVertexNormals(mesh.positions, mesh.indices);
  mesh.blend = new Float32Array(positions.length / 3).map((_, i) => blend(i));
  return mesh;
}

/** Cartilage on a facet: a lens from the bone surface into the joint, thinner toward the margin. */
export function facetCartilage(f: FacetFrame, onInferiorProcess: boolean, centreThickness: number = FACET_JOINT_TISSUE.cartilageThickness): MeshData {
  const c = centreThickness;
  const boneRho = onInferiorProcess ? f.radius - f.gap / 2 : f.radius + f.gap / 2;
  const toward = onInferiorProcess ? 1 : -1;
  const thickness = (r: number) => c * (0.4 + 0.6 * Math.sqrt(Math.max(0, 1 - r * r)));
  const positions: number[] = [];
  const indices: number[] = [];
  const layer = (free: boolean) => {
    const start = positions.length / 3;
    const rho = (r: number) => boneRho + (free ? toward * thickness(r) : 0);
    positions.push(...onCylinder(f, 0, 0, rho(0), boneRho));
    for (let k = 1; k <= RINGS; k++)
      for (let s = 0; s < SEGMENTS; s++) {
        const r = k / RINGS;
        positions.push(...onCylinder(f, r, (2 * Math.PI * s) / SEGMENTS, rho(r), boneRho));
      }
    const ring = (k: number, s: number) => start + 1 + (k - 1) * SEGMENTS + (s % SEGMENTS);
    for (let s = 0; s < SEGMENTS; s++) {
      const tri = [start, ring(1, s), ring(1, s + 1)];
      indices.push(...(free ? tri : [tri[0]!, tri[2]!, tri[1]!]));
      for (let k = 1; k < RINGS; k++) {
        const q = [ring(k, s), ring(k + 1, s), ring(k + 1, s + 1), ring(k, s + 1)];
        indices.push(...(free ? [q[0]!, q[1]!, q[2]!, q[0]!, q[2]!, q[3]!] : [q[0]!, q[2]!, q[1]!, q[0]!, q[3]!, q[2]!]));
      }
    }
    return ring;
  };
  const freeRing = layer(true);
  const boneRing = layer(false);
  for (let s = 0; s < SEGMENTS; s++) {
    const a = freeRing(RINGS, s);
    const b = boneRing(RINGS, s);
    const c2 = boneRing(RINGS, s + 1);
    const d = freeRing(RINGS, s + 1);
    indices.push(a, b, c2, a, c2, d);
  }
  return finish(positions, indices, () => (onInferiorProcess ? 1 : 0));
}

/**
 * The capsule: a closed sleeve round the joint margin reaching onto both bones, thicker posterolaterally (+t).
 * A degenerated joint's capsule is thicker and wraps `outset` mm further out, round the marginal osteophytes.
 */
export function facetCapsule(f: FacetFrame, base: number = FACET_JOINT_TISSUE.capsuleThickness, outset = 0): MeshData {
  const reach = f.gap / 2 + 1.5;
  const positions: number[] = [];
  const indices: number[] = [];
  const rhoOf: number[] = [];
  for (let s = 0; s < SEGMENTS; s++) {
    const theta = (2 * Math.PI * s) / SEGMENTS;
    const thick = base * (1 + 0.6 * Math.max(0, Math.cos(theta)));
    const patchRadius = Math.hypot((Math.cos(theta) * f.width) / 2, (Math.sin(theta) * f.height) / 2);
    const rIn = 1.12 + outset / patchRadius;
    const rOut = rIn + thick / patchRadius;
    for (const [r, rho] of [[rIn, f.radius - reach], [rOut, f.radius - reach], [rOut, f.radius + reach], [rIn, f.radius + reach]] as const) {
      positions.push(...onCylinder(f, r, theta, rho, f.radius));
      rhoOf.push(rho);
    }
  }
  for (let s = 0; s < SEGMENTS; s++) {
    const n = (s + 1) % SEGMENTS;
    for (let c = 0; c < 4; c++) {
      const c1 = (c + 1) % 4;
      indices.push(s * 4 + c, n * 4 + c, n * 4 + c1, s * 4 + c, n * 4 + c1, s * 4 + c1);
    }
  }
  return finish(positions, indices, (i) => Math.min(1, Math.max(0, (f.radius + reach - rhoOf[i]!) / (2 * reach))));
}

/** Cartilage thickness at patch radius r (0 at the centre, 1 at the margin; none beyond). */
function cartilageAt(r: number, centreThickness: number): number {
  return r > 1 ? 0 : centreThickness * (0.4 + 0.6 * Math.sqrt(Math.max(0, 1 - r * r)));
}

/** Samples of a meniscoid along the joint margin and from its base in the polar recess to its tip. */
const MENISCOID_ALONG = 11;
const MENISCOID_IN = 6;
/** Inner edge of the capsule, in patch radii (facetCapsule's rIn without an outset). */
const CAPSULE_INNER = 1.12;

/**
 * The fibro-adipose meniscoids: at each pole a crescent-shaped fold that starts in the polar recess under the
 * capsule and projects a tongue `projection` mm between the articular surfaces. It lies on the middle of the
 * joint space, thickest in the recess and thinning to an edge, never thicker than the room the cartilage leaves.
 */
export function facetMeniscoids(f: FacetFrame, cartilageThickness: number = FACET_JOINT_TISSUE.cartilageThickness): MeshData {
  const M = FACET_MENISCOID;
  const positions: number[] = [];
  const indices: number[] = [];
  const halfGap = f.gap / 2;
  for (const pole of [1, -1]) {
    // Vertex index of (i along, k inward, side ±1); the rim (h = 0) is shared by both sides.
    const index = new Map<string, number>();
    const onRim = (i: number, k: number) => i === 0 || i === MENISCOID_ALONG - 1 || k === 0 || k === MENISCOID_IN - 1;
    const vertex = (i: number, k: number, side: 1 | -1): number => {
      const rim = onRim(i, k);
      const key = `${i},${k},${rim ? 0 : side}`;
      const known = index.get(key);
      if (known !== undefined) return known;
      const phi = (2 * i) / (MENISCOID_ALONG - 1) - 1;
      const s = k / (MENISCOID_IN - 1);
      const theta = pole * (Math.PI / 2) + phi * M.halfSpan;
      const patchRadius = Math.hypot((Math.cos(theta) * f.width) / 2, (Math.sin(theta) * f.height) / 2);
      const reach = Math.sqrt(1 - phi * phi);
      const tip = 1 - (M.projection * reach) / patchRadius;
      const r = CAPSULE_INNER + (tip - CAPSULE_INNER) * s;
      // Thickest just inside the recess, thinning to the tip and to both horns; within the free joint space.
      const room = halfGap - cartilageAt(r, cartilageThickness) - M.clearance;
      const half = rim ? 0 : Math.min(room, halfGap * Math.sin(Math.PI * s) ** 0.6 * (1 - s) ** 0.4 * reach ** 0.5);
      positions.push(...onCylinder(f, r, theta, f.radius + side * Math.max(0, half), f.radius));
      index.set(key, positions.length / 3 - 1);
      return positions.length / 3 - 1;
    };
    for (let i = 0; i + 1 < MENISCOID_ALONG; i++)
      for (let k = 0; k + 1 < MENISCOID_IN; k++)
        for (const side of [1, -1] as const) {
          const corners: [number, number][] = [[i, k], [i + 1, k], [i + 1, k + 1], [i, k + 1]];
          const q = corners.map(([a, b]) => vertex(a, b, side));
          for (const tri of [[0, 1, 2], [0, 2, 3]] as const) {
            // A triangle wholly on the rim would be the same on both sides: a flat sliver, left out.
            if (tri.every((c) => onRim(...corners[c]!))) continue;
            if (side === 1) indices.push(q[tri[0]]!, q[tri[1]]!, q[tri[2]]!);
            else indices.push(q[tri[0]]!, q[tri[2]]!, q[tri[1]]!);
          }
        }
  }
  return finish(positions, indices, () => 0.5);
}
