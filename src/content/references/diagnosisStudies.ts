import type { Reference } from './types';

/**
 * Where facet pain is felt, how it is confirmed (blocks, examination signs) and the guideline that weighs
 * the evidence. Checked like the anatomy sources (see types.ts).
 */
export const DIAGNOSIS_REFERENCES = {
  schwarzer1994: {
    short: 'Schwarzer 1994',
    authors: 'Schwarzer AC, Aprill CN, Derby R, et al.',
    year: 1994,
    title: 'The false-positive rate of uncontrolled diagnostic blocks of the lumbar zygapophysial joints',
    journal: 'Pain',
    volume: '58(2)',
    pages: '195–200',
    design: {
      'zh-TW': '連續 176 位慢性下背痛病人，先做篩檢阻斷，有效者再做確認阻斷',
      en: '176 consecutive patients with chronic low back pain, a screening block followed by a confirming block',
    },
    verification: { status: 'partly-verified', seenAt: 'https://pubmed.ncbi.nlm.nih.gov/7816487/', unconfirmed: ['authors'] },
  },
  laslett2006: {
    short: 'Laslett 2006',
    authors: 'Laslett M, McDonald B, Aprill CN, Tropp H, Öberg B.',
    year: 2006,
    title: 'Clinical predictors of screening lumbar zygapophyseal joint blocks: development of clinical prediction rules',
    journal: 'The Spine Journal',
    volume: '6(4)',
    pages: '370–379',
    design: {
      'zh-TW': '前瞻性、盲法的診斷研究，151 位慢性下背痛病人受檢，120 位納入分析',
      en: 'prospective blinded diagnostic study, 151 patients with chronic low back pain tested, 120 analysed',
    },
    verification: { status: 'partly-verified', seenAt: 'http://liu.diva-portal.org/smash/record.jsf?pid=diva2:258065', unconfirmed: ['authors'] },
  },
  marks1989: {
    short: 'Marks 1989',
    authors: 'Marks R.',
    year: 1989,
    title: 'Distribution of pain provoked from lumbar facet joints and related structures during diagnostic spinal infiltration',
    journal: 'Pain',
    volume: '39(1)',
    pages: '37–40',
    design: { 'zh-TW': '臨床觀察，138 位病人、385 次誘發', en: 'clinical observation, 138 patients, 385 provocations' },
    verification: { status: 'partly-verified', seenAt: 'https://scilit.com/publications/d73c20c1e5251c3ba083f2201c70ccf6', unconfirmed: ['authors', 'volume', 'pages'] },
  },
  fukui1997: {
    short: 'Fukui 1997',
    authors: 'Fukui S, Ohseto K, Shiotani M, et al.',
    year: 1997,
    title: 'Distribution of referred pain from the lumbar zygapophyseal joints and dorsal rami',
    journal: 'Clinical Journal of Pain',
    volume: '13(4)',
    pages: '303–307',
    design: { 'zh-TW': '臨床觀察，48 位病人、71 個關節、91 條內側支', en: 'clinical observation, 48 patients, 71 joints, 91 medial branches' },
    verification: { status: 'partly-verified', seenAt: 'https://pubmed.ncbi.nlm.nih.gov/9430810/', unconfirmed: ['authors', 'volume', 'pages'] },
  },
  fortin1994: {
    short: 'Fortin 1994',
    authors: 'Fortin JD, Dwyer AP, West S, Pier J.',
    year: 1994,
    title:
      'Sacroiliac joint: pain referral maps upon applying a new injection/arthrography technique. Part I: asymptomatic volunteers',
    journal: 'Spine',
    volume: '19(13)',
    pages: '1475–1482',
    design: { 'zh-TW': '10 位健康志願者的誘發試驗', en: 'provocation study in 10 healthy volunteers' },
    verification: {
      status: 'partly-verified',
      seenAt: 'https://paperexplained.cn/articles/paper/detail/ab4bb493d6210341bec5553028e2f52144bf172b',
      unconfirmed: ['authors', 'journal', 'volume', 'pages'],
    },
  },
  cohen2010: {
    short: 'Cohen 2010',
    authors: 'Cohen SP, Williams KA, Kurihara C, et al.',
    year: 2010,
    title:
      'Multicenter, randomized, comparative cost-effectiveness study comparing 0, 1, and 2 diagnostic medial branch (facet joint nerve) block treatment paradigms before lumbar facet radiofrequency denervation',
    journal: 'Anesthesiology',
    volume: '113(2)',
    pages: '395–405',
    design: {
      'zh-TW': '多中心隨機試驗，n = 151，比較做 0、1、2 次診斷性阻斷後再做高頻熱凝，追蹤 3 個月',
      en: 'multicentre randomised trial, n = 151, 0 vs 1 vs 2 diagnostic blocks before radiofrequency ablation, 3-month follow-up',
    },
    verification: { status: 'partly-verified', seenAt: 'https://pubs.asahq.org/anesthesiology/article/113/2/395/10398/Multicenter-Randomized-Comparative-Cost', unconfirmed: ['authors', 'pages'] },
  },
  cohen2020: {
    short: 'Cohen 2020',
    authors: 'Cohen SP, Bhaskar A, Bhatia A, et al.',
    year: 2020,
    title:
      'Consensus practice guidelines on interventions for lumbar facet joint pain from a multispecialty, international working group',
    journal: 'Regional Anesthesia & Pain Medicine',
    volume: '45(6)',
    pages: '424–467',
    doi: '10.1136/rapm-2019-101243',
    design: {
      'zh-TW': '跨專科國際共識指引（整理既有研究，不是新試驗）',
      en: 'multispecialty international consensus guideline (a summary of existing studies, not a new trial)',
    },
    verification: { status: 'verified', seenAt: 'https://ouci.dntb.gov.ua/en/works/7nwBAjQ4' },
  },
} as const satisfies Record<string, Reference>;
