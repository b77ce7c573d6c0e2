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
  evidenceKeyOpen: '這些研究用語是什麼意思？',
  evidenceKey: {
    title: '研究用語小辭典',
    intro: '看懂這幾個詞，比較容易判斷一項研究有多可靠。',
    terms: {
      randomised: { term: '隨機（隨機試驗）', meaning: '用抽籤決定誰接受哪種治療。兩組比較公平，是較可靠的設計。' },
      controlled: { term: '對照組、無對照', meaning: '對照組是拿來比較的另一組。沒有對照組，就看不出改善是不是治療帶來的。' },
      placebo: { term: '安慰劑對照', meaning: '另一組打的是沒有藥效的東西，例如生理食鹽水。這樣才看得出藥本身有沒有用。' },
      blinded: { term: '盲法（雙盲、三盲）', meaning: '病人和醫師都不知道打的是哪一種，以免期待影響結果。三盲連分析資料的人也不知道。' },
      prospective: { term: '前瞻性', meaning: '先定好要量什麼，再開始追蹤病人。' },
      retrospective: { term: '回溯性', meaning: '事後翻閱過去的病歷來整理。資料常不完整，證據較弱。' },
      sampleSize: { term: '人數（n）', meaning: '研究裡有多少人。人數越少，結果越可能只是碰巧。' },
      followUp: { term: '追蹤時間', meaning: '研究觀察了多久。追蹤越短，越不知道效果能維持多久。' },
      review: { term: '回顧、共識指引', meaning: '整理多篇研究的文章。它有多可靠，要看收錄的研究品質。' },
      laboratory: { term: '大體、實驗室研究', meaning: '在捐贈的脊椎上做實驗。能說明受力的原理，但不是病人治療的結果。' },
      association: { term: '關聯', meaning: '兩件事常一起出現。這不代表其中一件造成另一件。' },
    },
  },
  doctorView: {
    title: '文獻核對狀態（醫師檢視）',
    status: { verified: '已對照摘要核實', 'partly-verified': '部分核實', 'not-found': '找不到原文' },
    unconfirmed: '未能核實，不向病人顯示：{fields}',
    fields: { authors: '作者', journal: '期刊', volume: '卷期', pages: '頁碼', result: '研究結果' },
    seenAt: '核對來源',
    notCited: '導覽內文未引用',
  },
  selectStructure: '在模型中標示：{name}',
  educationNotice: '本導覽僅供衛教參考，不能用來自我診斷，也不能取代醫師的診察與建議。',
  notices: {
    'unknown-step': '找不到連結指向的那一頁，已為您從第一頁開始。',
    'malformed-step': '這個連結的格式似乎有誤，已為您從第一頁開始。',
    'malformed-findings': '連結裡有幾項檢查發現看不懂，已略過那幾項，其餘照常顯示。',
    'unknown-language': '連結指定的語言我們沒有提供，先以中文顯示。',
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
