/**
 * Overlay colours, shared by the 3D overlays and their DOM legends so both always match. The tripod uses the
 * Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008); inflammation is a calm warm red-orange.
 */
export const TRIPOD_COLOURS = {
  disc: '#56B4E9',
  leftFacet: '#E69F00',
  rightFacet: '#009E73',
} as const;

export const INFLAMMATION_COLOURS = {
  capsule: '#ff6a3d',
  nerve: '#ffd27a',
} as const;

export const NEEDLE_COLOURS = {
  shaft: '#c9ced6',
  /** Hubs by procedure, so two kinds of needle in one view read apart. */
  hub: {
    'medial-branch-block': '#3b7dd8',
    'intra-articular': '#8e6cc9',
    prolotherapy: '#2fa38a',
    radiofrequency: '#e0a100',
  },
  injectate: '#9fe8ff',
  lesion: '#ff8a3d',
} as const;
