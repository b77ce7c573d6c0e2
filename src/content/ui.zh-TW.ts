/** Interface strings, Traditional Chinese (the source locale: its shape types every other locale). */
export const uiZhTW = {
  appTitle: '腰椎小關節 3D 解說',
  /** The name under the icon of the installed app. */
  installName: '腰椎小關節',
  /** The app's version and build, at the foot of the contents. */
  version: '版本 {version}',
  loading: '正在載入脊椎模型…',
  views: {
    label: '視角',
    lateral: '側面',
    posterior: '背面',
    superior: '上方',
    oblique: '斜側',
    anterior: '正面',
    reset: '重設',
  },
  xray: '透視骨頭',
  xrayOff: '取消透視',
  language: 'English',
  languageLabel: '切換語言',
  selected: '已選取',
  clearSelection: '取消選取',
  tapHint: '點一下骨頭或關節，就會顯示名稱。',
  noWebGL: {
    title: '這台裝置無法顯示 3D 模型',
    body: '您的瀏覽器沒有開啟 WebGL，所以看不到立體脊椎。下面仍可閱讀完整的文字說明。',
  },
  contextLost: {
    title: '3D 畫面暫時中斷',
    body: '圖形處理暫時停止，正在自動恢復，請稍候。',
  },
  modelError: '脊椎模型載入失敗，請確認網路後按「再試一次」。文字說明仍可閱讀。',
  variantsError: {
    title: '這個變化暫時畫不出來',
    body: '模型的這部分沒有載入成功，畫面先顯示正常的結構。繼續往下看時會自動再載入，也可以按「再試一次」。',
  },
  notice: {
    retry: '再試一次',
    dismiss: '關閉',
  },
  sceneLabel: '可旋轉的腰椎 3D 模型',
  compare: {
    label: '正常與改變後對照',
    normal: '正常',
    normalBeforeTraining: '訓練前',
    changed: {
      lstv: '移行椎',
      degeneration: '退化後',
      disc: '椎間盤變扁',
      'muscle-fatty': '肌肉變弱',
      'muscle-trained': '訓練後',
      several: '改變後',
    },
  },
  motion: {
    open: '動一動',
    close: '收起',
    title: '後仰時小關節受力',
    extension: '前彎 ← → 後仰',
    flexionValue: '前彎 {deg}°',
    extensionValue: '後仰 {deg}°',
    neutral: '站直',
    leanBack: '示範後仰',
    stop: '停止示範',
    level: '看哪一節',
    discLoss: '椎間盤變扁',
    segmentAngle: '這一節的角度',
    facetShare: '小關節分擔的體重壓力',
    facetForce: '兩側小關節受力',
    discForce: '椎間盤受力',
    pressure: '軟骨平均壓力',
    impingement: '椎間盤很扁時，上方的關節突尖端會頂到下一節的椎板。',
    caveat: '數字來自文獻的簡化示意模型，每個人實際可差約一半上下。',
    pressureLegend: '軟骨壓力',
    pressureNoContact: '沒有接觸',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiText = Widen<typeof uiZhTW>;
