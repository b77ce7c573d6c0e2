import type { Widen } from './widen';

/**
 * The article's two comparison tables as data: the first column of each row is its header.
 * Cells are reworded from the article and, in the decision matrix, corrected to what the studies
 * actually show (reference sheet §11): durations and evidence are stated no more strongly than the data allow.
 */
export const tablesZhTW = {
  'differential-table': {
    caption: '常見下背痛的特徵比較',
    columns: ['特徵', '腰椎小關節退化', '椎間盤突出', '薦髂關節痛', '肌筋膜疼痛'],
    rows: [
      ['最痛的位置', '腰部兩側深處', '腰部中央或偏向一側', '臀部內上方，骨盆後方骨突的下緣', '肌肉淺層，摸得到特定壓痛點'],
      ['容易引發的動作', '後仰、扭轉、久站', '彎腰、坐軟沙發太久、咳嗽', '單腳站立、上下樓梯', '拉到那條肌肉、按壓痛點'],
      ['痛會延伸到', '臀部、大腿後外側，多半不過膝', '沿著腿到小腿或腳底', '鼠蹊部、大腿後側', '大多只在局部'],
      ['感覺像', '深層痠痛、僵硬', '觸電、刺痛、發麻', '痠、沉重', '緊繃、被拉扯'],
      ['神經症狀', '通常沒有，腿的力氣正常', '可能有：腳背抬不起來、反射變弱', '通常沒有', '沒有'],
    ],
  },
  'decision-matrix': {
    caption: '四種注射治療的比較',
    columns: ['比較項目', '類固醇注射', '增生療法（葡萄糖）', 'PRP 高濃度血小板血漿', '羊膜/臍帶基質（AMUC）'],
    rows: [
      ['主要目標', '快速消炎、急性止痛', '強化韌帶、增加穩定', '調節發炎、幫助組織修復', '抗發炎、幫助修復'],
      ['多快見效', '很快，約 1 到 3 天', '較慢，需要數週', '中等，約 2 到 4 週', '約 2 週內'],
      ['效果維持', '短，約 1 到 3 個月', '不一定，與是否持續訓練有關', '部分研究追蹤 6 到 12 個月仍有改善', '研究只追蹤約 10 週，長期效果未知'],
      ['證據強弱', '有隨機試驗：短期有效，長期不佳', '小型研究為主，品質偏低', '小型研究為主，多數未隨機', '只有一項 52 人的回溯性研究'],
      ['較常考慮的情況', '急性發作時的短期橋樑', '韌帶鬆弛、轉變椎體', '確認是小關節痛、希望長期改善', '其他治療效果不佳的頑固疼痛'],
      ['副作用與風險', '反覆施打可能影響軟骨、骨質與血糖', '注射後短暫痠痛', '注射後短暫痠痛', '研究中未見嚴重副作用，但資料很少'],
    ],
  },
} as const;

export type TablesText = Widen<typeof tablesZhTW>;
export type TableId = keyof typeof tablesZhTW;
