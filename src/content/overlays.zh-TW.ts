import type { Widen } from './widen';

/** Overlay legends and the referred-pain map, Traditional Chinese (the source locale: its shape types the others). */
export const overlaysZhTW = {
  legendLabel: '圖例',
  names: {
    'tripod-loads': '三腳架受力',
    'referred-pain': '轉移痛分布',
    inflammation: '小關節發炎',
    'needle-medial-branch-block': '內側支阻斷術',
    'needle-intra-articular': '關節內注射',
    'needle-prolotherapy': '增生療法（髂腰韌帶）',
    'needle-radiofrequency': '高頻熱凝（內側支）',
  },
  descriptions: {
    'tripod-loads': '每節脊椎由椎間盤和左右兩個小關節一起撐住。箭頭越長，代表承受的力越大。',
    'referred-pain': '小關節的痛常會傳到別處，但多半停在膝蓋以上。神經根的痛則沿著細長帶狀往小腿走。',
    inflammation: '暖紅色慢慢亮暗的地方，是發炎的關節囊和滑膜。小亮點是變得敏感的神經末梢。',
    'needle-medial-branch-block': '在兩個節段的內側支旁各打一針少量麻藥。疼痛若明顯減輕，支持痛來自這個小關節。單做一次常有假陽性，要另一天再測一次。',
    'needle-intra-articular': '從斜後方把細針送進關節腔，可注入類固醇、PRP 或羊膜基質。',
    'needle-prolotherapy': '沿著髂腰韌帶在橫突和髂骨嵴上的附著點，分幾個小點注射，希望讓韌帶更穩。',
    'needle-radiofrequency': '套管順著神經平躺，尖端加熱出一個細長的小燒灼區，讓傳遞痛覺的神經暫時停工。',
  },
  guidanceLabel: '影像導引',
  guidance: {
    fluoroscopy: 'X 光透視',
    'ultrasound-or-fluoroscopy': '超音波或 X 光透視',
  },
  needleLabel: '{nerve}：{site}',
  nerves: {
    'medial-branch': '{level} 內側支',
    'dorsal-ramus': '{level} 背支',
  },
  sites: {
    'tp-sap-junction': '{level} 橫突與上關節突交界',
    'sacral-groove': '薦椎翼與 S1 上關節突之間的溝',
    joint: '{segment} 小關節腔',
    'transverse-process': 'L5 橫突附著點',
    'iliac-crest': '髂骨嵴附著點',
  },
  lesion: '燒灼區半徑約 {min}–{max} 毫米',
  injectate: '藥物在目標處散開',
  inflammationKey: {
    capsule: '發炎的關節囊與滑膜',
    nerve: '變得敏感的神經末梢',
  },
  tripod: {
    title: '{segment} 三腳架受力',
    disc: '椎間盤',
    leftFacet: '左側小關節',
    rightFacet: '右側小關節',
    newtons: '{value} 牛頓',
    share: '兩側小關節共分擔 {percent}% 的重量',
    impingement: '小關節尖端開始頂到下方椎板',
    scaleNote: '長條依受力比例繪製',
  },
  referredPain: {
    title: '從背面看',
    bodyLabel: '人體背面輪廓圖，標示各種疼痛的分布範圍',
    toggleLabel: '顯示或隱藏這個區域',
    kneeLine: '膝蓋',
    left: '左',
    right: '右',
    patterns: {
      facet: { name: '小關節轉移痛', note: '下背、臀部、大轉子、鼠蹊、大腿後外側，多半在膝蓋以上' },
      'radicular-l4': { name: 'L4 神經根', note: '大腿前方經膝蓋到小腿內側' },
      'radicular-l5': { name: 'L5 神經根', note: '小腿外側到腳背、大拇趾' },
      'radicular-s1': { name: 'S1 神經根', note: '大腿後方、小腿肚到腳外側' },
      sacroiliac: { name: '薦髂關節', note: '髂後上棘下方約 3 × 10 公分的一塊' },
      myofascial: { name: '肌筋膜痛', note: '肌肉裡的激痛點，痛在附近擴散' },
    },
  },
} as const;

export type OverlaysText = Widen<typeof overlaysZhTW>;
