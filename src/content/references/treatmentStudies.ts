import type { Reference } from './types';

/**
 * Treatment studies: those the clinic article cites and those behind radiofrequency ablation (高頻熱凝).
 * Checked like the anatomy sources (see types.ts). Two of the article's references are listed but never
 * quoted to patients: Cauchon 2024 (its results could not be read) and Mociu 2025 (not found).
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
    design: { 'zh-TW': '前瞻性、無對照組，n = 19，只追蹤 3 個月', en: 'prospective, uncontrolled, n = 19, 3-month follow-up' },
    verification: { status: 'verified', seenAt: 'https://cupdf.com/document/a-new-technique-for-the-treatment-of-lumbar-facet-joint-syndrome-using-intra-articular-injection-with-autologous-platelet-rich-plasma.html' },
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
    doi: '10.1111/papr.12544',
    design: {
      'zh-TW': '隨機對照試驗，n = 46，PRP 對比麻藥加類固醇，追蹤 6 個月',
      en: 'randomised controlled trial, n = 46, PRP vs anaesthetic plus steroid, 6-month follow-up',
    },
    verification: { status: 'verified', seenAt: 'https://suppr.wilddata.cn/browses/detail/pubmed/27989008' },
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
    doi: '10.1016/j.inpm.2024.100525',
    design: {
      'zh-TW': '三盲、多中心隨機對照試驗，n = 50，PRP 對比類固醇，追蹤 6 個月',
      en: 'triple-blind multicentre randomised trial, n = 50, PRP vs steroid, 6-month follow-up',
    },
    verification: { status: 'partly-verified', seenAt: 'https://suppr.wilddata.cn/browses/detail/pubmed/39717452', unconfirmed: ['result'] },
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
    verification: { status: 'verified', seenAt: 'https://m.booksci.cn/literaturecn/144874467.htm' },
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
    verification: { status: 'verified', seenAt: 'https://www.dovepress.com/clinical-outcomes-of-amniotic-membraneumbilical-cord-particulate-in-sp-peer-reviewed-fulltext-article-JPR' },
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
    verification: { status: 'partly-verified', seenAt: 'https://rps.researchcommons.org/journal/vol43/iss3/3', unconfirmed: ['authors'] },
  },
  mociu2025: {
    short: 'Mociu 2025',
    authors: 'Mociu S-I, Nedelcu A-D, Lupu A-A, et al.',
    year: 2025,
    title: 'Prolotherapy as a regenerative treatment in the management of chronic low back pain: a systematic review',
    journal: 'Medicina',
    design: { 'zh-TW': '系統性回顧', en: 'systematic review' },
    verification: { status: 'not-found' },
  },
  giordano2021: {
    short: 'Giordano 2021',
    authors: 'Giordano L, Murrell WD, Maffulli N.',
    year: 2021,
    title: 'Prolotherapy for the management of chronic low back pain: a review of literature',
    journal: 'British Medical Bulletin',
    volume: '138(1)',
    pages: '96–111',
    doi: '10.1093/bmb/ldab004',
    design: { 'zh-TW': '系統性文獻回顧，納入 12 篇研究，研究品質偏低、彼此差異大', en: 'systematic literature review of 12 studies; study quality low and varied' },
    verification: { status: 'verified', seenAt: 'https://ouci.dntb.gov.ua/en/works/4woMLLZ4' },
  },
  carette1991: {
    short: 'Carette 1991',
    authors: 'Carette S, Marcoux S, Truchon R, et al.',
    year: 1991,
    title: 'A controlled trial of corticosteroid injections into facet joints for chronic low back pain',
    journal: 'New England Journal of Medicine',
    volume: '325',
    pages: '1002–1007',
    design: {
      'zh-TW': '隨機、雙盲、安慰劑對照試驗，n = 101，類固醇對比生理食鹽水注射小關節，追蹤 6 個月',
      en: 'randomised double-blind placebo-controlled trial, n = 101, steroid vs salt water into the facet joint, 6-month follow-up',
    },
    verification: { status: 'verified', seenAt: 'http://acpjc.org/Content/116/1/issue/ACPJC-1992-116-1-014.htm' },
  },
  mccormick2015: {
    short: 'McCormick 2015',
    authors: 'McCormick ZL, Marshall B, Walker J, McCarthy R, Walega DR.',
    year: 2015,
    title: 'Long-term function, pain and medication use outcomes of radiofrequency ablation for lumbar facet syndrome',
    journal: 'International Journal of Anesthetics and Anesthesiology',
    volume: '2(2)',
    pages: '028',
    doi: '10.23937/2377-4630/2/2/1028',
    design: {
      'zh-TW': '回溯性世代研究、無對照組，n = 62，追蹤中位數 39 個月',
      en: 'retrospective cohort, no control group, n = 62, median follow-up 39 months',
    },
    verification: { status: 'verified', seenAt: 'https://pubmed.ncbi.nlm.nih.gov/26005713/' },
  },
  rfComplications2004: {
    short: 'Spine 2004',
    authors: 'Kornick C, Kramarich SS, Lamer TJ, Sitzman BT.',
    year: 2004,
    title: 'Complications of lumbar facet radiofrequency denervation',
    journal: 'Spine',
    design: {
      'zh-TW': '回溯性病歷回顧，92 位病人、116 次療程、616 個燒灼點',
      en: 'retrospective chart review, 92 patients, 116 procedures, 616 lesion sites',
    },
    verification: { status: 'partly-verified', seenAt: 'https://www.qxmd.com/r/15187637', unconfirmed: ['authors'] },
  },
} as const satisfies Record<string, Reference>;
