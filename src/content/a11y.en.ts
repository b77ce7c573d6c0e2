import type { A11yText } from './a11y.zh-TW';

/** Words only a screen reader speaks, English. Typed by the zh-TW source: a missing key fails to compile. */
export const a11yEn: A11yText = {
  stepAnnouncement: '{chapter}, step {current} of {total}: {title}',
  trunkSlider: 'Bend forward or lean back, trunk angle',
  discSlider: 'Disc height lost at {segment}',
};
