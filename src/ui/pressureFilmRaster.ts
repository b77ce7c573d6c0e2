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
  /** Each vertex's kernel, worked out once per size: vertex v reaches pixels kernelPixel[kernelStart[v]..kernelStart[v + 1]). */
  kernelStart: Uint32Array;
  kernelPixel: Int32Array;
  kernelWeight: Float64Array;
  /** Pixels per mm of the plan. */
  scale: number;
  /** The last drawing's sums, kept for the next (made at the first drawing). */
  sums?: LoadedSums;
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

/** Every vertex's Gaussian kernel of width `sigma` px, cut at three widths: the pixels it reaches and their weights. */
function vertexKernels(pixelXY: Float32Array, width: number, height: number, sigma: number): Pick<FaceRaster, 'kernelStart' | 'kernelPixel' | 'kernelWeight'> {
  const reach = 3 * sigma;
  const twoSigma2 = 2 * sigma * sigma;
  const vertexCount = pixelXY.length / 2;
  const kernelStart = new Uint32Array(vertexCount + 1);
  const pixels: number[] = [];
  const weights: number[] = [];
  for (let v = 0; v < vertexCount; v++) {
    kernelStart[v] = pixels.length;
    const [cx, cy] = [pixelXY[2 * v]!, pixelXY[2 * v + 1]!];
    if (Number.isNaN(cx)) continue;
    for (let y = Math.max(0, Math.floor(cy - reach)); y <= Math.min(height - 1, Math.ceil(cy + reach)); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x <= Math.min(width - 1, Math.ceil(cx + reach)); x++) {
        const d2 = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2;
        if (d2 > reach * reach) continue;
        pixels.push(y * width + x);
        weights.push(Math.exp(-d2 / twoSigma2));
      }
    }
  }
  kernelStart[vertexCount] = pixels.length;
  return { kernelStart, kernelPixel: Int32Array.from(pixels), kernelWeight: Float64Array.from(weights) };
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
  const kernels = vertexKernels(pixelXY, width, height, sigma);
  const density = new Float32Array(width * height);
  kernels.kernelPixel.forEach((pixel, k) => (density[pixel] = density[pixel]! + kernels.kernelWeight[k]!));
  const face: FaceRaster = { plan, width, height, pixelXY, onFace, faceCount, edge, unloaded, density, ...kernels, scale };
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

/** The kernel-weighted sums of one drawing: loaded weight and loaded weight × pressure, over pixels `first`..`last`. */
interface LoadedSums {
  loadedWeight: Float32Array;
  pressureWeight: Float32Array;
  first: number;
  last: number;
  loadedAreaMm2: number;
}

/**
 * Spreads the loaded vertices over the face's pixels. The sums' buffers are the face's own, kept between drawings:
 * a drag draws the film in every frame, and only the pixels the last drawing reached are cleared.
 */
function loadedSums(face: FaceRaster, film: PressureFilm): LoadedSums {
  const sums = (face.sums ??= { loadedWeight: new Float32Array(face.width * face.height), pressureWeight: new Float32Array(face.width * face.height), first: 0, last: -1, loadedAreaMm2: 0 });
  sums.loadedWeight.fill(0, sums.first, sums.last + 1);
  sums.pressureWeight.fill(0, sums.first, sums.last + 1);
  const { loadedWeight, pressureWeight } = sums;
  const { kernelStart, kernelPixel, kernelWeight } = face;
  let [first, last, loadedAreaMm2] = [Infinity, -1, 0];
  film.lowerMPa.forEach((mpa, v) => {
    if (!(mpa > 0)) return;
    loadedAreaMm2 += film.plan.vertexAreas[v]!;
    for (let k = kernelStart[v]!; k < kernelStart[v + 1]!; k++) {
      const [pixel, weight] = [kernelPixel[k]!, kernelWeight[k]!];
      if (pixel < first) first = pixel;
      if (pixel > last) last = pixel;
      loadedWeight[pixel] = loadedWeight[pixel]! + weight;
      pressureWeight[pixel] = pressureWeight[pixel]! + weight * mpa;
    }
  });
  return Object.assign(sums, { first: last < 0 ? 0 : first, last, loadedAreaMm2 });
}

/**
 * The pixels in contact: the face pixels where loaded vertices carry the largest share of the kernel weight around
 * them, as many as the loaded vertices' own area covers at this scale, so the patch drawn is as large as the
 * model's contact patch (not a kernel's width larger or smaller). Of pixels with equal shares, the first in pixel
 * order are taken.
 */
function contactPixels(face: FaceRaster, { loadedWeight, first, last, loadedAreaMm2 }: LoadedSums): Int32Array {
  const span = last - first + 1;
  const candidates = new Int32Array(span);
  const shares = new Float64Array(span);
  let n = 0;
  for (let i = first; i <= last; i++) {
    if (!(loadedWeight[i]! > 0) || !face.onFace[i]) continue;
    candidates[n] = i;
    shares[n++] = loadedWeight[i]! / face.density[i]!;
  }
  const count = Math.min(n, Math.round(loadedAreaMm2 * face.scale * face.scale));
  if (count === 0) return new Int32Array(0);
  // The count-th largest share (a typed sort: the film is drawn in every frame of a drag), then every larger one and
  // as many equal to it as the count leaves.
  const threshold = shares.slice(0, n).sort()[n - count]!;
  const contact = new Int32Array(count);
  let found = 0;
  for (let k = 0; k < n; k++) if (shares[k]! > threshold) contact[found++] = candidates[k]!;
  for (let k = 0; k < n && found < count; k++) if (shares[k] === threshold) contact[found++] = candidates[k]!;
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
  const sums = loadedSums(face, film);
  const contact = contactPixels(face, sums);
  rgba.set(face.unloaded);
  for (const i of contact) if (!face.edge[i]) writePressureRgb(sums.pressureWeight[i]! / sums.loadedWeight[i]!, rgba, 4 * i);
  return { face: face.faceCount, contact: contact.length };
}
