/**
 * The cartilage pressure colour scale: cividis (Nuñez, Anderton & Renslow 2018), designed to read the same
 * for people with colour-vision deficiency. A fixed range, so colours compare between postures.
 * Free of three, so the DOM legend can use it without pulling the renderer into the first download.
 */
export const PRESSURE_SCALE_MAX_MPA = 10;

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Cividis sampled at 0, 0.25, 0.5, 0.75, 1 (sRGB). */
const CIVIDIS_HEX = ['#00224e', '#3d4e8a', '#7c7b78', '#bcaf6f', '#fee838'];

/** Linear-light RGB, as three's vertex colours expect. */
const CIVIDIS_LINEAR = CIVIDIS_HEX.map(hexToLinear);

/** Healthy cartilage's own colour; cartilage out of contact keeps it, so the map shows only where load is. */
export const CARTILAGE_HEX = '#6fd0e3';

const CARTILAGE_LINEAR = hexToLinear(CARTILAGE_HEX);

function hexToLinear(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
}

/** Writes the linear RGB colour of a pressure (MPa, clamped to the scale) into `out` at `offset`. */
export function writePressureColour(mpa: number, out: Float32Array, offset: number): void {
  if (!(mpa > 0)) {
    for (let k = 0; k < 3; k++) out[offset + k] = CARTILAGE_LINEAR[k]!;
    return;
  }
  const t = Math.min(1, Math.max(0, mpa / PRESSURE_SCALE_MAX_MPA)) * (CIVIDIS_LINEAR.length - 1);
  const i = Math.min(CIVIDIS_LINEAR.length - 2, Math.floor(t));
  const a = CIVIDIS_LINEAR[i]!;
  const b = CIVIDIS_LINEAR[i + 1]!;
  const f = t - i;
  for (let k = 0; k < 3; k++) out[offset + k] = a[k]! + (b[k]! - a[k]!) * f;
}

/** CSS gradient of the same scale, for the legend. */
export const PRESSURE_GRADIENT_CSS = `linear-gradient(to right, ${CIVIDIS_HEX.join(', ')})`;
