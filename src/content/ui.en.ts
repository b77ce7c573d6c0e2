import type { UiText } from './ui.zh-TW';

/** Interface strings, English. Typed by the zh-TW source: a missing key fails to compile. */
export const uiEn: UiText = {
  appTitle: 'Lumbar facet joints in 3D',
  loading: 'Loading the spine model…',
  views: {
    label: 'View',
    lateral: 'Side',
    posterior: 'Back',
    superior: 'Top',
    oblique: 'Oblique',
    anterior: 'Front',
    reset: 'Reset',
  },
  xray: 'See through bone',
  xrayOff: 'Solid bone',
  language: '中文',
  languageLabel: 'Switch language',
  selected: 'Selected',
  clearSelection: 'Clear selection',
  tapHint: 'Tap a bone or joint to see its name.',
  noWebGL: {
    title: 'This device cannot show the 3D model',
    body: 'WebGL is not available in this browser, so the 3D spine cannot be drawn. You can still read the full explanation below.',
  },
  contextLost: {
    title: 'The 3D view paused',
    body: 'The graphics processor stopped for a moment. The view is coming back by itself.',
  },
  modelError: 'The spine model could not be loaded. Please reload the page; the text still works.',
  sceneLabel: 'A 3D lumbar spine you can turn',
};
