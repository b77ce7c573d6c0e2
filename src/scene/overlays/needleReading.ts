/**
 * What the needle overlay drew in its last frame, for the read-only scene probe the browser tests read
 * (sceneProbe.ts): how many needles, and how far (mm, along its path) the farthest tip still is from its target.
 */
export const needleReading = { needles: 0, remainingMm: 0 };
