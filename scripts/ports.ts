/**
 * Local ports for the preview servers of the browser tests, screenshots and benchmarks. `PORT_BASE` moves them all,
 * so several checkouts on one machine can run their browser checks at once.
 */
const base = Number(process.env.PORT_BASE) || 4173;

export const PORTS = {
  tests: base,
  screenshots: base + 1,
  benchApp: base + 2,
  benchMinimal: base + 3,
  /** The embed's host pages (the demo article), on an origin of their own. */
  embedHost: base + 4,
  /** The built explainer as a plain static host (no CORS headers), framed by those pages. */
  embedExplainer: base + 5,
} as const;
