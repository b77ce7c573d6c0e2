/**
 * The cartilage pressure colour scale: inferno (van der Walt & Smith's matplotlib maps, 2015), perceptually uniform
 * with a steadily rising lightness, so it reads in order for people with colour-vision deficiency and in grey.
 * Its dark-purple → red → orange → yellow run makes the range that matters change hue visibly (pressure film: 4.5 MPa
 * standing, about 6 MPa leaning back, §5.1; the model reaches 8–12 MPa over a flattened disc), where the earlier
 * 0–10 MPa cividis scale left all of it in one grey-blue. A fixed range, so colours compare between postures; the model's highest
 * peak (full extension over a half-height disc, at the 70 % load-share ceiling) is about 12.5 MPa, so the top
 * colour also stands for anything above the range, and the legend says so.
 * Free of three, so the DOM legend can use it without pulling the renderer into the first download.
 */
export const PRESSURE_SCALE_MAX_MPA = 12;

/** Where the legend puts its numbers, MPa. */
export const PRESSURE_SCALE_TICKS_MPA = [0, 4, 8, 12] as const;

/** Inferno sampled at 0, 0.1, … 1 (sRGB). */
const INFERNO_HEX = ['#000004', '#160b39', '#420a68', '#6a176e', '#932667', '#bc3754', '#dd513a', '#f37819', '#fca50a', '#f6d746', '#fcffa4'];

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function hexToLinear(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
}

/** Linear-light RGB, as three's vertex colours expect. */
const INFERNO_LINEAR = INFERNO_HEX.map(hexToLinear);

/**
 * Healthy cartilage's own colour; cartilage out of contact keeps it, so the map shows only where load is. A hue
 * the scale never reaches, so "not touching" can never be mistaken for a low pressure (the legend shows it too).
 */
export const CARTILAGE_HEX = '#6fd0e3';

const CARTILAGE_LINEAR = hexToLinear(CARTILAGE_HEX);

/** Position (0…1) of a pressure on the scale; above the range it stays at the top. */
export function pressureScalePosition(mpa: number): number {
  return Math.min(1, Math.max(0, mpa / PRESSURE_SCALE_MAX_MPA));
}

/** Writes a pressure's colour from `ramp` into `out` at `offset`: interpolated along the scale, `none` without contact. */
function writeRampColour(ramp: readonly (readonly number[])[], none: readonly number[], mpa: number, out: Float32Array | Uint8ClampedArray, offset: number): void {
  if (!(mpa > 0)) {
    for (let k = 0; k < 3; k++) out[offset + k] = none[k]!;
    return;
  }
  const t = pressureScalePosition(mpa) * (ramp.length - 1);
  const i = Math.min(ramp.length - 2, Math.floor(t));
  const a = ramp[i]!;
  const b = ramp[i + 1]!;
  const f = t - i;
  for (let k = 0; k < 3; k++) out[offset + k] = a[k]! + (b[k]! - a[k]!) * f;
}

/** Writes the linear RGB colour of a pressure (MPa) into `out` at `offset`; no contact keeps the cartilage colour. */
export function writePressureColour(mpa: number, out: Float32Array, offset: number): void {
  writeRampColour(INFERNO_LINEAR, CARTILAGE_LINEAR, mpa, out, offset);
}

const hexToRgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const INFERNO_RGB = INFERNO_HEX.map(hexToRgb);
const CARTILAGE_RGB = hexToRgb(CARTILAGE_HEX);

/** Writes the sRGB colour (0–255) of a pressure into `out` at `offset`, for 2D pictures; no contact keeps the cartilage colour. */
export function writePressureRgb(mpa: number, out: Uint8ClampedArray, offset: number): void {
  writeRampColour(INFERNO_RGB, CARTILAGE_RGB, mpa, out, offset);
}

/** CSS gradient of the same scale, for the legend (stops evenly spaced, as in the scale). */
export const PRESSURE_GRADIENT_CSS = `linear-gradient(to right, ${INFERNO_HEX.join(', ')})`;
