import type { Widen } from './widen';

/** Words of the opened-joint picture in the cartilage pressure key, zh-TW: the source shape. */
export const pressureFilmZhTW = {
  /** Under the joint's name: what the flat picture is. */
  opened: '把關節打開，看下方的軟骨面',
  /** Beside the picture's top edge. */
  headEnd: '頭側',
  /** The picture's accessible description. */
  description: '打開的小關節軟骨面：有顏色的區塊是上下軟骨互相壓住的地方，顏色越亮壓力越大。',
};

export type PressureFilmText = Widen<typeof pressureFilmZhTW>;
