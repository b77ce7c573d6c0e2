import type { Reference } from './types';

/**
 * Treatment studies, mostly those the clinic article cites. Designs, sizes and follow-up come from
 * the reference sheet §11 (../shared/reference/lumbar-reference.md); its verdicts are kept here.
 */
export const TREATMENT_REFERENCES = {
  wu2016: {
    short: 'Wu 2016',
    authors: 'Wu J, Du Z, Lv Y, et al.',
    year: 2016,
    title:
      'A new technique for the treatment of lumbar facet joint syndrome using intra-articular injection with autologous platelet rich plasma',
    journal: 'Pain Physician',
    volume: '19(8)',
    pages: '617–625',
    design: {
      'zh-TW': '前瞻性、無對照組，n = 19，只追蹤 3 個月',
      en: 'prospective, uncontrolled, n = 19, 3-month follow-up',
    },
    check: 'seen',
  },
  wu2017: {
    short: 'Wu 2017',
    authors: 'Wu J, Zhou J, Liu C, et al.',
    year: 2017,
    title:
      'A prospective study comparing platelet-rich plasma and local anesthetic (LA)/corticosteroid in intra-articular injection for the treatment of lumbar facet joint syndrome',
    journal: 'Pain Practice',
    volume: '17(7)',
    pages: '914–924',
    design: {
      'zh-TW': '隨機對照試驗，n = 46,PRP 對比麻藥加類固醇，追蹤 6 個月',
      en: 'randomised controlled trial, n = 46, PRP vs anaesthetic plus steroid, 6-month follow-up',
    },
    check: 'recalled',
  },
  cauchon2024: {
    short: 'Cauchon 2024',
    authors: 'Cauchon AM, Mares C, Fan XY, et al.',
    year: 2024,
    title:
      'Comparing the efficacy of intra-articular injection of platelet rich plasma (PRP) with corticosteroids (CS) in patients with chronic zygapophyseal joint low back pain confirmed by double intra-articular diagnostic blocks: a triple-blinded randomized multicentric controlled trial with a 6-month follow-up',
    journal: 'Interventional Pain Medicine',
    volume: '3(4)',
    pages: '100525',
    design: {
      'zh-TW': '三盲、多中心隨機對照試驗，n = 50，追蹤 6 個月；結果尚未核實，本導覽不引用其結論',
      en: 'triple-blind multicentre randomised trial, n = 50, 6-month follow-up; results not verified, so not quoted here',
    },
    check: 'seen',
  },
  baltzer2025: {
    short: 'Baltzer 2025',
    authors: 'Baltzer AW, Enneper J, Baltzer LM, Godde G.',
    year: 2025,
    title:
      'Platelet rich plasma for the therapy of the lumbar facet joint syndrome: a prospective study about CT-guided facet joint injections with PRP compared to local anesthetics',
    journal: 'Orthopedic Reviews',
    doi: '10.52965/001c.141416',
    design: {
      'zh-TW': '前瞻性、有對照但未隨機（病人自選組別），n = 78（PRP 59、麻藥 19），追蹤 1 年',
      en: 'prospective, controlled but not randomised (patients chose their group), n = 78 (59 PRP, 19 anaesthetic), 1-year follow-up',
    },
    check: 'seen',
  },
  ross2022: {
    short: 'Ross 2022',
    authors: 'Ross A, Gambrill V, Main C.',
    year: 2022,
    title: 'Clinical outcomes of amniotic membrane/umbilical cord particulate in spinal disorders: a retrospective study',
    journal: 'Journal of Pain Research',
    volume: '15',
    pages: '3971–3979',
    design: {
      'zh-TW': '回溯性、單一中心、無對照組，n = 52，診斷混雜（不只小關節），平均追蹤約 10 週',
      en: 'retrospective, single centre, no control group, n = 52, mixed diagnoses (not only facet pain), about 10 weeks',
    },
    check: 'seen',
  },
  chang2015: {
    short: 'Chang 2015',
    authors: 'Chang WH, Chou SW, Chen CH, et al.',
    year: 2015,
    title:
      'Comparison of the effects of prolotherapy and traditional physical therapy in low back pain patients with lumbosacral transitional vertebra',
    journal: 'Rehabilitation Practice and Science',
    volume: '43(3)',
    design: {
      'zh-TW': '小型比較研究，n = 22（增生 14、物理治療 8），注射髂腰韌帶與轉變椎體假關節而非小關節，追蹤 4 週',
      en: 'small comparison, n = 22 (14 prolotherapy, 8 physiotherapy), injected the iliolumbar ligament and the LSTV pseudo-joint, not the facets, 4 weeks',
    },
    check: 'seen',
  },
  mociu2025: {
    short: 'Mociu 2025',
    authors: 'Mociu S-I, Nedelcu A-D, Lupu A-A, et al.',
    year: 2025,
    title: 'Prolotherapy as a regenerative treatment in the management of chronic low back pain: a systematic review',
    journal: 'Medicina',
    design: {
      'zh-TW': '系統性回顧（文章引用）；我們找不到原文，無法核實',
      en: 'systematic review (as cited by the article); we could not find the paper to check it',
    },
    check: 'not-found',
  },
  giordano2021: {
    short: 'Giordano 2021',
    authors: 'Giordano L, Murrell WD, Maffulli N.',
    year: 2021,
    title: 'Prolotherapy for the management of chronic low back pain: a review of recent literature',
    journal: 'British Medical Bulletin',
    volume: '138(1)',
    pages: '96–111',
    design: {
      'zh-TW': '文獻回顧，納入 12 篇研究，研究品質偏低且彼此差異大',
      en: 'literature review of 12 studies; study quality low and varied',
    },
    check: 'recalled',
  },
  carette1991: {
    short: 'Carette 1991',
    authors: 'Carette S, Marcoux S, Truchon R, et al.',
    year: 1991,
    title: 'A controlled trial of corticosteroid injections into facet joints for chronic low back pain',
    journal: 'New England Journal of Medicine',
    volume: '325(14)',
    pages: '1002–1007',
    design: {
      'zh-TW': '隨機對照試驗，n = 101，類固醇對比生理食鹽水注射小關節',
      en: 'randomised controlled trial, n = 101, steroid vs saline into the facet joint',
    },
    check: 'recalled',
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
      'zh-TW': '多中心隨機試驗，n = 151，比較做 0、1、2 次診斷阻斷後再射頻',
      en: 'multicentre randomised trial, n = 151, 0 vs 1 vs 2 diagnostic blocks before radiofrequency',
    },
    check: 'seen',
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
    design: {
      'zh-TW': '跨專科國際共識指引（整理既有研究，不是新試驗）',
      en: 'multispecialty international consensus guideline (a summary of existing studies, not a new trial)',
    },
    check: 'recalled',
  },
} as const satisfies Record<string, Reference>;
