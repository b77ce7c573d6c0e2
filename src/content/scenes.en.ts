import type { ScenesText } from './scenes.zh-TW';

/** Words the scene's own link parts add, English. Typed by the zh-TW source: a missing key fails to compile. */
export const scenesEn: ScenesText = {
  notices: {
    'malformed-compare': 'We could not read the normal or changed choice in the link, so we show this page as it comes.',
  },
};
