import type { Widen } from './widen';

/**
 * Words the scene's own link parts add (the before-and-after choice in a deep link), zh-TW source. Kept apart from
 * panel.*.ts; `story.ts` adds these notices to the panel's.
 */
export const scenesZhTW = {
  notices: {
    'malformed-compare': '連結裡的「正常／改變」選擇看不懂，先顯示這一頁原本的樣子。',
  },
} as const;

export type ScenesText = Widen<typeof scenesZhTW>;
