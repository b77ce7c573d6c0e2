import type { FacePlan } from '../biomech/facePlan';
import type { PressureFilm } from '../state/pressureFilm';
import { writePressureRgb } from '../scene/pressureScale';

/** What one drawing of the opened joint holds, in pixels. */
export interface FilmPixels {
  face: number;
  contact: number;
}

/** The face's outline, a darker tone of the cartilage's own colour (sRGB). */
const OUTLINE_RGB = [28, 74, 85] as const;

/** The face fitted into a canvas: which pixels it covers and how densely its vertices sit around each. */
interface FaceRaster {
  plan: FacePlan;
  width: number;
  height: number;
  /** Pixel position of each vertex (NaN off the face). */
  pixelXY: Float32Array;
  /** 1 where the face is drawn. */
  onFace: Uint8Array;
  /** How many pixels the face covers. */
  faceCount: number;
  /** 1 on the face's outline. */
  edge: Uint8Array;
  /** The face with nothing in contact (RGBA): cartilage colour, outlined, transparent around it. */
  unloaded: Uint8ClampedArray;
  /** Sum of every face vertex's kernel at each pixel. */
  density: Float32Array;
  /** Pixels per mm of the plan. */
  scale: number;
  /** Kernel width, px, and how far it reaches. */
  sigma: number;
  reach: number;
}

let cached: FaceRaster | null = null;

function meanEdgePx(triangles: Uint32Array, pixelXY: Float32Array): number {
  let sum = 0;
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const [i, j] = [triangles[t + k]!, triangles[t + ((k + 1) % 3)]!];
      sum += Math.hypot(pixelXY[2 * i]! - pixelXY[2 * j]!, pixelXY[2 * i + 1]! - pixelXY[2 * j + 1]!);
    }
  }
  return sum / Math.max(1, triangles.length);
}

/** Calls `visit(pixel, weight)` for the pixels a vertex's kernel reaches. */
function eachKernelPixel(face: FaceRaster, v: number, visit: (pixel: number, weight: number) => void): void {
  const [cx, cy] = [face.pixelXY[2 * v]!, face.pixelXY[2 * v + 1]!];
  if (Number.isNaN(cx)) return;
  const twoSigma2 = 2 * face.sigma * face.sigma;
  for (let y = Math.max(0, Math.floor(cy - face.reach)); y <= Math.min(face.height - 1, Math.ceil(cy + face.reach)); y++) {
    for (let x = Math.max(0, Math.floor(cx - face.reach)); x <= Math.min(face.width - 1, Math.ceil(cx + face.reach)); x++) {
      const d2 = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2;
      if (d2 <= face.reach * face.reach) visit(y * face.width + x, Math.exp(-d2 / twoSigma2));
    }
  }
}

function faceRaster(plan: FacePlan, width: number, height: number): FaceRaster {
  if (cached?.plan === plan && cached.width === width && cached.height === height) return cached;
  const { xy, triangles, bounds } = plan;
  const margin = Math.max(2, Math.round(Math.min(width, height) * 0.04));
  const scale = Math.min((width - 2 * margin) / (bounds.maxX - bounds.minX), (height - 2 * margin) / (bounds.maxY - bounds.minY));
  const offsetX = (width - scale * (bounds.maxX - bounds.minX)) / 2;
  const offsetY = (height - scale * (bounds.maxY - bounds.minY)) / 2;
  const pixelXY = new Float32Array(xy.length);
  for (let v = 0; v < xy.length / 2; v++) {
    pixelXY[2 * v] = offsetX + (xy[2 * v]! - bounds.minX) * scale;
    // Head end up: a larger plan y is higher on the screen.
    pixelXY[2 * v + 1] = offsetY + (bounds.maxY - xy[2 * v + 1]!) * scale;
  }
  const onFace = new Uint8Array(width * height);
  for (let t = 0; t < triangles.length; t += 3) {
    const [ax, ay, bx, by, cx, cy] = [0, 1, 2].flatMap((k) => [pixelXY[2 * triangles[t + k]!]!, pixelXY[2 * triangles[t + k]! + 1]!]) as [number, number, number, number, number, number];
    const area = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    if (area === 0) continue;
    for (let y = Math.max(0, Math.floor(Math.min(ay, by, cy))); y <= Math.min(height - 1, Math.ceil(Math.max(ay, by, cy))); y++) {
      for (let x = Math.max(0, Math.floor(Math.min(ax, bx, cx))); x <= Math.min(width - 1, Math.ceil(Math.max(ax, bx, cx))); x++) {
        const [sx, sy] = [x + 0.5, y + 0.5];
        const wa = ((bx - sx) * (cy - sy) - (cx - sx) * (by - sy)) / area;
        const wb = ((cx - sx) * (ay - sy) - (ax - sx) * (cy - sy)) / area;
        if (wa >= -1e-6 && wb >= -1e-6 && wa + wb <= 1 + 1e-6) onFace[y * width + x] = 1;
      }
    }
  }
  // A kernel about half the mesh spacing wide turns the per-vertex map into a smooth patch without widening it.
  const sigma = Math.max(0.75, meanEdgePx(triangles, pixelXY) * 0.5);
  const { edge, unloaded, faceCount } = drawUnloaded(onFace, width, height);
  const face: FaceRaster = { plan, width, height, pixelXY, onFace, faceCount, edge, unloaded, density: new Float32Array(width * height), scale, sigma, reach: 3 * sigma };
  for (let v = 0; v < xy.length / 2; v++) eachKernelPixel(face, v, (pixel, weight) => (face.density[pixel] = face.density[pixel]! + weight));
  cached = face;
  return face;
}

/** The face drawn once per size with nothing in contact, and its outline: a drawing then only colours the contact. */
function drawUnloaded(onFace: Uint8Array, width: number, height: number): Pick<FaceRaster, 'edge' | 'unloaded' | 'faceCount'> {
  const edge = new Uint8Array(onFace.length);
  const unloaded = new Uint8ClampedArray(onFace.length * 4);
  let faceCount = 0;
  for (let i = 0; i < onFace.length; i++) {
    if (!onFace[i]) continue;
    faceCount++;
    const [x, y] = [i % width, Math.floor(i / width)];
    edge[i] = x === 0 || y === 0 || x === width - 1 || y === height - 1 || !onFace[i - 1] || !onFace[i + 1] || !onFace[i - width] || !onFace[i + width] ? 1 : 0;
    if (edge[i]) unloaded.set(OUTLINE_RGB, 4 * i);
    else writePressureRgb(0, unloaded, 4 * i);
    unloaded[4 * i + 3] = 255;
  }
  return { edge, unloaded, faceCount };
}

/**
 * The pixels in contact: the face pixels where loaded vertices carry the largest share of the kernel weight around
 * them, as many as the loaded vertices' own area covers at this scale, so the patch drawn is as large as the
 * model's contact patch (not a kernel's width larger or smaller). `reached` lists the pixels with any loaded weight.
 */
function contactPixels(face: FaceRaster, loadedWeight: Float32Array, reached: readonly number[], loadedAreaMm2: number): Int32Array {
  // In pixel order, which also orders pixels of equal share.
  const candidates = Int32Array.from(reached.filter((i) => face.onFace[i])).sort();
  const count = Math.min(candidates.length, Math.round(loadedAreaMm2 * face.scale * face.scale));
  if (count === 0) return new Int32Array(0);
  const shares = Float64Array.from(candidates, (i) => loadedWeight[i]! / face.density[i]!);
  // The count-th largest share (a typed sort: the film is drawn in every frame of a drag), then every larger one and,
  // in pixel order, as many equal to it as the count leaves.
  const threshold = shares.slice().sort()[candidates.length - count]!;
  const contact = new Int32Array(count);
  let found = 0;
  candidates.forEach((pixel, k) => {
    if (shares[k]! > threshold) contact[found++] = pixel;
  });
  candidates.forEach((pixel, k) => {
    if (found < count && shares[k] === threshold) contact[found++] = pixel;
  });
  return contact;
}

/**
 * Draws the opened joint into an RGBA buffer of `width` × `height`: the face fitted with a margin and outlined, out of
 * contact in the cartilage colour, in contact in the pressure colour; transparent around it. The model's per-vertex
 * map is spread by a small kernel into a smooth patch of the model's contact area, coloured by the kernel-weighted
 * pressure of the loaded vertices.
 */
export function rasterizeFilm(film: PressureFilm, width: number, height: number, rgba: Uint8ClampedArray): FilmPixels {
  const face = faceRaster(film.plan, width, height);
  const loadedWeight = new Float32Array(width * height);
  const pressureWeight = new Float32Array(width * height);
  const reached: number[] = [];
  let loadedAreaMm2 = 0;
  film.lowerMPa.forEach((mpa, v) => {
    if (!(mpa > 0)) return;
    loadedAreaMm2 += film.plan.vertexAreas[v]!;
    eachKernelPixel(face, v, (pixel, weight) => {
      if (loadedWeight[pixel] === 0) reached.push(pixel);
      loadedWeight[pixel] = loadedWeight[pixel]! + weight;
      pressureWeight[pixel] = pressureWeight[pixel]! + weight * mpa;
    });
  });
  const contact = contactPixels(face, loadedWeight, reached, loadedAreaMm2);
  rgba.set(face.unloaded);
  for (const i of contact) if (!face.edge[i]) writePressureRgb(pressureWeight[i]! / loadedWeight[i]!, rgba, 4 * i);
  return { face: face.faceCount, contact: contact.length };
}
