/** Words only a screen reader speaks (announcements, names of controls without visible text), zh-TW source. */
export const a11yZhTW = {
  /** Said politely after each step change: chapter, step number and title. */
  stepAnnouncement: '{chapter}，第 {current} 步，共 {total} 步：{title}',
  /** Names of the posture sliders (the visible label carries the current value). */
  trunkSlider: '身體前彎或後仰的角度',
  discSlider: '{segment} 椎間盤高度減少多少',
};

export type A11yText = { readonly [K in keyof typeof a11yZhTW]: string };
