import type { PressureFilmText } from './pressureFilm.zh-TW';

/** The opened-joint picture's words, English. Typed by the zh-TW source: a missing key fails to compile. */
export const pressureFilmEn: PressureFilmText = {
  opened: 'Opened up: the lower cartilage face',
  headEnd: 'Head end',
  description: 'The facet joint opened up: the coloured patch is where the two cartilage faces press together; the brighter, the harder.',
};
