import type { Widen } from './widen';

/** Words of the embedded widget (the poster, its frame, the compact panel), zh-TW: the source shape. */
export const embedZhTW = {
  /** The iframe's accessible name in the host article. */
  frameTitle: '腰椎小關節 3D 解說',
  start: '開始 3D 解說',
  posterHint: '點一下,就能轉動 3D 脊椎模型',
  loading: '正在載入 3D 模型…',
  openFull: '全螢幕開啟',
  openFullLabel: '在新分頁開啟完整的 3D 解說,停在同一步',
  loadFailed: {
    title: '3D 解說在這裡無法載入',
    body: '這個網頁擋下了解說需要的檔案。請用下方連結,在新分頁開啟完整版。',
  },
  notAllowed: {
    title: '這個網頁不能嵌入本解說',
    body: '解說的提供者只開放特定網站嵌入。請用下方連結直接開啟。',
  },
  needsScript: '這個 3D 解說需要 JavaScript。請在新分頁開啟完整版。',
  openDirect: '開啟 3D 解說',
} as const;

export type EmbedText = Widen<typeof embedZhTW>;
