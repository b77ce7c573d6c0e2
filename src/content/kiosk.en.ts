import type { KioskText } from './kiosk.zh-TW';

/** Words of the clinic tablet and of the read-aloud button, English. Typed by the zh-TW source. */
export const kioskEn: KioskText = {
  attract: {
    line: 'See how the small joints at the back of your spine can make it ache.',
    tap: 'Tap the screen to start',
  },
  idle: {
    title: 'Still there?',
    body: 'Nobody has touched the screen for a while. In {seconds} s it goes back to the start and clears what was set, ready for the next person.',
    stay: 'I am still here',
  },
  startAgain: 'Start again',
  textSize: {
    label: 'Text size',
    steps: ['Normal', 'Large', 'Largest'],
  },
  readAloud: {
    start: 'Read this step aloud',
    stop: 'Stop reading',
  },
  settings: {
    title: 'Clinic settings',
    idleLabel: 'Ask after this long without a touch',
    idleChoice: '{minutes} min',
    leave: 'Leave kiosk mode',
    leaveConfirm: 'Leave kiosk mode? The tablet then becomes an ordinary web page again.',
    leaveYes: 'Yes, leave',
    cancel: 'Cancel',
    close: 'Close',
    gestureHint: 'Hold the version number at the foot of the contents for three seconds to open these settings again.',
    doctorTools: "Open the doctor's tools",
    doctorToolsHint: "The doctor's tools stay for this visit only: going back to the start puts them away and clears the marks.",
    updateWaiting: 'A new version has downloaded. It goes in when the tablet next goes back to the start for the next person.',
    noUpdateWaiting: 'No update is waiting.',
  },
};
