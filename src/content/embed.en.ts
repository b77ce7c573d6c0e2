import type { EmbedText } from './embed.zh-TW';

/** Words of the embedded widget, English. Typed by the zh-TW source: a missing key fails to compile. */
export const embedEn: EmbedText = {
  frameTitle: 'Lumbar facet joints in 3D',
  start: 'Start the 3D explainer',
  posterHint: 'One tap and you can turn the 3D spine',
  loading: 'Loading the 3D model…',
  openFull: 'Full screen',
  openFullLabel: 'Open the full 3D explainer in a new tab, at this step',
  loadFailed: {
    title: 'The 3D explainer cannot load here',
    body: 'This page blocks files the explainer needs. Use the link below to open the full version in a new tab.',
  },
  notAllowed: {
    title: 'This page may not show the explainer',
    body: 'Its provider lets only certain sites embed it. Use the link below to open it directly.',
  },
  needsScript: 'This 3D explainer needs JavaScript. Open the full version in a new tab.',
  openDirect: 'Open the 3D explainer',
};
