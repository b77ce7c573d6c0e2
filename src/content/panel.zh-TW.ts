import type { Widen } from './widen';

/**
 * Words of the story panel itself (buttons, dialogs, notices) and the safety content that is
 * one tap away from every step. `{name}` marks a value filled in by `fillTemplate`.
 */
export const panelZhTW = {
  previous: '上一步',
  next: '下一步',
  contents: '目錄',
  navigation: '切換步驟',
  close: '關閉',
  progress: '第 {current} 步，共 {total} 步',
  keyPoints: '重點',
  sources: '資料來源',
  openReference: '開啟文獻 {number}',
  citationChecks: { seen: '', recalled: '書目細節待核對', 'not-found': '找不到原文，無法核實' },
  selectStructure: '在模型中標示：{name}',
  educationNotice: '本導覽僅供衛教參考，不能用來自我診斷，也不能取代醫師的診察與建議。',
  notices: {
    'unknown-step': '找不到連結指向的那一頁，已為您從第一頁開始。',
    'malformed-step': '這個連結的格式似乎有誤，已為您從第一頁開始。',
    'malformed-findings': '連結裡有幾項檢查發現看不懂，已略過那幾項，其餘照常顯示。',
  },
  dismiss: '知道了',
  redFlags: {
    button: '警訊',
    title: '出現這些狀況，請立刻就醫',
    intro: '下背痛合併下列任何一項時，可能不只是關節退化，請不要再觀察等待：',
    items: {
      'bladder-bowel': '解尿或排便失控、尿不出來，或胯下與肛門周圍發麻（可能是馬尾症候群）',
      weakness: '腿越來越沒力、走路不穩，或突然跌倒',
      'night-pain': '半夜痛醒，休息或換姿勢也不會減輕',
      'fever-weight': '發燒，或沒有刻意減重，體重卻明顯下降',
      'cancer-infection': '曾經罹患癌症，或有感染的病史',
      trauma: '跌倒、車禍等外傷之後出現劇烈腰痛',
    },
    action: '如果大小便失控或腿突然沒力，請直接前往急診。',
  },
} as const;

export type PanelText = Widen<typeof panelZhTW>;
export type NoticeKey = keyof typeof panelZhTW.notices;
export type RedFlagId = keyof typeof panelZhTW.redFlags.items;
