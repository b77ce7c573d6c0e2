import type { Widen } from './widen';

/**
 * The findings control: a reader's own transitional vertebra and facet grades, Traditional Chinese (the
 * source locale: its shape types the others). Explanations in our own words after §6.1, §7.1 and §7.2
 * of the reference sheet. `{name}` marks a value filled in by `fillTemplate`.
 */
export const findingsZhTW = {
  button: '檢查發現',
  buttonActive: '檢查發現 ✓',
  title: '套用自己的檢查發現',
  intro: '把影像報告上的發現放進模型。換到別頁也會保留，直到您按「回到故事的例子」。',
  active: '模型正顯示您設定的發現，不是故事原本的例子。',
  clear: '回到故事的例子',
  close: '收起',
  lstv: {
    title: '腰薦椎轉變椎體（Castellvi 分型）',
    criterion: '分型的門檻是 19 毫米：L5 橫突由上到下量起來有 19 毫米或更高，才算肥大。',
    source: '分型來源：Castellvi 等人，1984 年，Spine 期刊（影像分型）。',
    side: '在哪一側',
    fusedSide: '長在一起的是哪側',
    left: '左',
    right: '右',
    none: '沒有',
    explain: {
      none: '沒有轉變椎體：L5 橫突大小一般，和薦骨之間留有空隙。',
      Ia: '單側的 L5 橫突特別高大（19 毫米以上），但還沒有碰到薦骨。',
      Ib: '左右兩邊的橫突都高大到 19 毫米以上，兩邊都還沒碰到薦骨。',
      IIa: '單側變大的橫突靠在薦骨翼上，中間只剩 0 到 2 毫米，形成一個「假關節」。',
      IIb: '兩邊變大的橫突各自和薦骨翼形成假關節。',
      IIIa: '單側變大的橫突已經和薦骨長成同一塊骨頭，那裡不再活動。',
      IIIb: '兩邊的橫突都和薦骨長成一塊。',
      IV: '一邊是假關節（第二型），另一邊已經長在一起（第三型）。',
    },
  },
  grades: {
    title: '小關節退化分級（Weishaupt 0–3）',
    sides: '點選的分級套用到',
    both: '兩側',
    left: '左側',
    right: '右側',
    row: '{segment} 小關節',
    mixed: '左 {left}／右 {right}',
    help: '各級代表什麼',
    explain: {
      '0': '0 級，正常：關節縫約 2 到 4 毫米，軟骨平整。',
      '1': '1 級，輕度：縫隙窄於 2 毫米，或邊緣冒出小骨刺、關節突略為變大。',
      '2': '2 級，中度：縫隙變窄，骨刺和關節突的肥大都到中等，軟骨下的骨頭可能有輕微侵蝕。',
      '3': '3 級，重度：骨刺很大、關節突明顯肥大，骨頭裡可能出現小囊腫。',
    },
    discNote: '在這個模型裡，分級也會讓同一節的椎間盤跟著變扁（1、2、3 級各少約 10%、25%、40% 高度）。這是模型的設定，不是量測值；依據是研究觀察到多半椎間盤先退化，小關節隨後才磨損。',
    source: '分級來源：Weishaupt 等人，1999 年（CT／MRI 分級）；Fujiwara 等人，1999 年（椎間盤先退化）。',
  },
  cascade: {
    title: '退化的三個階段（Kirkaldy-Willis）',
    intro: '一次套用整個階段；再自己改分級時，就不再算是這個階段。',
    source: '階段來源：Kirkaldy-Willis 等人，1978 年（解剖與手術觀察）。',
    names: {
      dysfunction: '1 功能失調',
      instability: '2 不穩定',
      stabilisation: '3 再穩定',
    },
    explain: {
      dysfunction: '滑膜發炎、關節積水，軟骨表面開始起毛，關節囊被拉扯；畫面上以發炎光點表示。',
      instability: '關節囊鬆弛、軟骨流失，整節動得超出正常範圍；模型會來回擺動，多裂肌也開始萎縮。',
      stabilisation: '骨刺、纖維化和肥大的關節突讓這一節變僵硬，代價是神經孔和椎管變窄。',
    },
  },
} as const;

export type FindingsText = Widen<typeof findingsZhTW>;
