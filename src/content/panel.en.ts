import type { PanelText } from './panel.zh-TW';

/** Story panel words and safety content in English; typed by the zh-TW source. */
export const panelEn: PanelText = {
  previous: 'Previous',
  next: 'Next',
  contents: 'Contents',
  navigation: 'Step navigation',
  close: 'Close',
  progress: 'Step {current} of {total}',
  keyPoints: 'Key points',
  sources: 'Sources',
  openReference: 'Open reference {number}',
  citationChecks: { seen: '', recalled: 'details to be checked', 'not-found': 'paper not found, cannot be verified' },
  selectStructure: 'Show in the model: {name}',
  educationNotice: 'This guide is for education only. It cannot be used to diagnose yourself and does not replace an examination or advice from your doctor.',
  notices: {
    'unknown-step': 'We could not find the page that link points to, so we started you at the beginning.',
    'malformed-step': 'That link seems to be damaged, so we started you at the beginning.',
    'malformed-findings': 'We could not read some of the findings in the link, so we left those out and show the rest.',
  },
  dismiss: 'OK',
  redFlags: {
    button: 'Warning signs',
    title: 'Get medical help now if you notice these',
    intro: 'Back pain together with any of the following may be more than joint wear. Please do not wait and see:',
    items: {
      'bladder-bowel': 'Loss of bladder or bowel control, being unable to pass urine, or numbness between the legs or around the back passage (possible cauda equina syndrome)',
      weakness: 'A leg that is getting weaker, unsteady walking, or sudden falls',
      'night-pain': 'Pain that wakes you at night and does not ease with rest or a change of position',
      'fever-weight': 'Fever, or weight loss you cannot explain',
      'cancer-infection': 'A past cancer, or a history of infection',
      trauma: 'Severe back pain after a fall, accident or other injury',
    },
    action: 'If you lose bladder or bowel control or a leg suddenly gets weak, go straight to an emergency department.',
  },
};
