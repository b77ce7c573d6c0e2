/**
 * Time curves of the overlays, pure so they are tested without a renderer. Calm by design: a slow pulse, an eased
 * needle approach; with reduced motion everything is shown at its end state at once.
 */

/** A needle's approach along its path, seconds. */
export const NEEDLE_APPROACH_S = 2;
/** The injectate / lesion grows in after the needle arrives, seconds. */
export const BLOOM_S = 0.8;
/**
 * Seconds since an overlay first drew, read from the wall clock (not summed from frame times), so a slow device
 * that draws few, long frames shows the same thing at the same moment: the needle reaches its target 2 s after it
 * appears however many frames that took. The first reading starts it.
 */
export class OverlayClock {
  private startS: number | null = null;

  elapsed(nowS: number): number {
    if (this.startS === null) this.startS = nowS;
    return nowS - this.startS;
  }

  /** The next frame counts from 0 again. */
  restart(): void {
    this.startS = null;
  }
}

/** Inflammation pulse frequency, Hz: a slow breath-like rhythm (≈ 0.25 Hz, calm rather than alarming). */
export const PULSE_HZ = 0.25;

const easeInOut = (x: number) => (x < 0.5 ? 2 * x * x : 1 - (-2 * x + 2) ** 2 / 2);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Fraction (0…1) of the path the needle tip has covered after `elapsed` seconds. */
export function needleProgress(elapsedS: number, reducedMotion: boolean): number {
  return reducedMotion ? 1 : easeInOut(clamp01(elapsedS / NEEDLE_APPROACH_S));
}

/** Size (0…1) of the injectate cloud or RF lesion: it grows once the needle has arrived. */
export function bloomProgress(elapsedS: number, reducedMotion: boolean): number {
  return reducedMotion ? 1 : easeInOut(clamp01((elapsedS - NEEDLE_APPROACH_S) / BLOOM_S));
}

/** Glow strength (0.55…1) of the inflamed capsule; steady at its middle value with reduced motion. */
export function inflammationPulse(elapsedS: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0.8;
  return 0.775 + 0.225 * Math.sin(2 * Math.PI * PULSE_HZ * elapsedS);
}

/** Twinkle (0.4…1) of one sensitised-nerve spark with its own phase; steady with reduced motion. */
export function sparkTwinkle(elapsedS: number, phase: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0.8;
  return 0.7 + 0.3 * Math.sin(2 * Math.PI * (PULSE_HZ * 2 * elapsedS + phase));
}
