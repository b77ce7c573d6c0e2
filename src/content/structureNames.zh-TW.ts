import type { Widen } from './widen';

/**
 * The names of the model's structures, Traditional Chinese (the source locale: its shape types the others). Templates
 * fill `{side}`, `{where}` (a level or segment), `{segment}`, `{grade}`, `{form}` and `{part}` (story/structureNames.ts).
 */
export const structureNamesZhTW = {
  side: { left: '左', right: '右' },
  /** A part on one side of a level or segment. */
  sided: '{where} {side}側{name}',
  vertebra: { L1: '第一腰椎（L1）', L2: '第二腰椎（L2）', L3: '第三腰椎（L3）', L4: '第四腰椎（L4）', L5: '第五腰椎（L5）' },
  sacrum: '薦椎',
  ilium: '{side}側髂骨',
  disc: '{segment} 椎間盤',
  nucleus: '{segment} 髓核',
  facetJoint: '小關節',
  cartilageUpper: '小關節軟骨（下關節突面）',
  cartilageLower: '小關節軟骨（上關節突面）',
  capsule: '小關節囊',
  meniscoid: '半月板樣皺襞',
  ligamentumFlavum: '{segment} 黃韌帶',
  interspinousLigament: '{segment} 棘間韌帶',
  supraspinousLigament: '棘上韌帶',
  anteriorLongitudinalLigament: '前縱韌帶',
  posteriorLongitudinalLigament: '後縱韌帶',
  iliolumbarLigament: '{side}側髂腰韌帶',
  spinalNerve: '脊神經',
  medialBranch: '背支內側支',
  multifidus: '{side}側多裂肌',
  /** A transitional L5's transverse process, by Castellvi form. */
  lstvPiece: 'L5 {side}側{form}',
  lstvForm: {
    enlarged: '肥大橫突（Castellvi 第一型）',
    'pseudo-joint': '橫突與薦骨的假關節（第二型）',
    fused: '橫突與薦骨骨性融合（第三型）',
  },
  thinIliolumbarLigament: '{side}側髂腰韌帶（變細）',
  /** A piece of a degenerated facet joint. */
  degenerationPiece: '{segment} {side}側小關節第{grade}級退化：{part}',
  degenerationPart: {
    'inferior-process': '下關節突肥大與骨刺',
    'superior-process': '上關節突肥大與骨刺',
    'cartilage-upper': '變薄的軟骨（下關節突面）',
    'cartilage-lower': '變薄的軟骨（上關節突面）',
    capsule: '增厚的關節囊',
    cyst: '軟骨下囊腫',
  },
} as const;

export type StructureNamesText = Widen<typeof structureNamesZhTW>;
