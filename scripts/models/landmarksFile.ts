import { computeLandmarks } from '../../src/anatomy/landmarks';

/** Where the app reads the landmarks from (src/anatomy/bakedLandmarks.ts), relative to the repository. */
export const BAKED_LANDMARKS_PATH = 'src/anatomy/bakedLandmarks.json';

/** A thousandth of a millimetre: far below anything drawn, and it keeps the file small. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The landmarks as the app reads them, computed on the built bones (each is snapped to its bone's surface). */
export function landmarksJson(): string {
  return `${JSON.stringify(computeLandmarks(), (_, value: unknown) => (typeof value === 'number' ? round(value) : value))}\n`;
}
