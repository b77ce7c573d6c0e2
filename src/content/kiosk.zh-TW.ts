import type { Widen } from './widen';

/** Words of the clinic tablet (kiosk mode) and of the read-aloud button, zh-TW: the source shape. */
export const kioskZhTW = {
  attract: {
    line: '看看腰椎後方的小關節，怎麼讓您腰痠。',
    tap: '輕觸螢幕開始',
  },
  idle: {
    title: '還在看嗎？',
    body: '一陣子沒有人操作。{seconds} 秒後畫面會回到開頭，剛才的設定也會清除，留給下一位。',
    stay: '我還在看',
  },
  startAgain: '從頭開始',
  textSize: {
    label: '文字大小',
    steps: ['標準', '大', '特大'],
  },
  readAloud: {
    start: '朗讀這一步',
    stop: '停止朗讀',
  },
  settings: {
    title: '診間設定',
    idleLabel: '無人操作多久後詢問',
    idleChoice: '{minutes} 分鐘',
    leave: '離開診間模式',
    leaveConfirm: '確定要離開診間模式嗎？離開後，平板會變回一般網頁。',
    leaveYes: '確定離開',
    cancel: '取消',
    close: '關閉',
    gestureHint: '在目錄最下方的版本號上按住三秒，可以再打開這個設定。',
    doctorTools: '開啟醫師工具',
    doctorToolsHint: '醫師工具只給這一位病人看診時使用；回到開頭時會收起，畫記也會清除。',
    updateWaiting: '新版本已下載，會在回到開頭、換下一位時更新。',
    noUpdateWaiting: '目前沒有等待中的更新。',
  },
} as const;

export type KioskText = Widen<typeof kioskZhTW>;
