import type { OverlaysText } from './overlays.zh-TW';

/** Overlay legends and the referred-pain map, English. Typed by the zh-TW source: a missing key fails to compile. */
export const overlaysEn: OverlaysText = {
  legendLabel: 'Legend',
  names: {
    'tripod-loads': 'Tripod loads',
    'referred-pain': 'Where the pain is felt',
    inflammation: 'Inflamed facet joint',
    'needle-medial-branch-block': 'Medial branch block',
    'needle-intra-articular': 'Intra-articular injection',
    'needle-prolotherapy': 'Prolotherapy (iliolumbar ligament)',
    'needle-radiofrequency': 'Radiofrequency ablation (medial branch)',
  },
  descriptions: {
    'tripod-loads': 'Each segment stands on three legs: the disc and the two facet joints. A longer arrow means more force.',
    'referred-pain': 'Facet pain spreads but usually stays above the knee; nerve-root pain runs below it in a narrow band.',
    inflammation: 'The slow warm glow marks the inflamed capsule and synovium; the small sparks are nerve endings that have become sensitive.',
    'needle-medial-branch-block':
      'A little local anaesthetic beside the medial branch at two levels. If the pain clearly eases, that supports this joint as the source. A single block gives many false positives, so it is repeated on another day.',
    'needle-intra-articular': 'A fine needle enters the joint space from behind at an angle, for steroid, PRP or amniotic matrix.',
    'needle-prolotherapy': 'Several small injections where the iliolumbar ligament attaches to the transverse process and the iliac crest, aiming for a steadier ligament.',
    'needle-radiofrequency':
      'The cannula lies along the nerve; its heated tip makes a small, long lesion that switches the pain nerve off for a while.',
  },
  guidanceLabel: 'Image guidance',
  guidance: {
    fluoroscopy: 'X-ray (fluoroscopy)',
    'ultrasound-or-fluoroscopy': 'Ultrasound or X-ray (fluoroscopy)',
  },
  needleLabel: '{nerve}: {site}',
  nerves: {
    'medial-branch': '{level} medial branch',
    'dorsal-ramus': '{level} dorsal ramus',
  },
  sites: {
    'tp-sap-junction': '{level} transverse process meets the superior articular process',
    'sacral-groove': 'groove between the sacral ala and the S1 superior articular process',
    joint: '{segment} facet joint space',
    'transverse-process': 'L5 transverse process attachment',
    'iliac-crest': 'iliac crest attachment',
  },
  lesion: 'Lesion radius about {min}–{max} mm',
  injectate: 'Medicine spreading at the target',
  inflammationKey: {
    capsule: 'Inflamed capsule and synovium',
    nerve: 'Sensitised nerve endings',
  },
  tripod: {
    title: '{segment} tripod loads',
    disc: 'Disc',
    leftFacet: 'Left facet',
    rightFacet: 'Right facet',
    newtons: '{value} N',
    share: 'The two facets carry {percent}% of the load',
    impingement: 'The facet tips start to press on the lamina below',
    scaleNote: 'Bars drawn to scale',
  },
  referredPain: {
    title: 'Seen from behind',
    bodyLabel: 'Outline of the body from behind, showing where each kind of pain is felt',
    toggleLabel: 'Show or hide this area',
    kneeLine: 'Knee',
    left: 'L',
    right: 'R',
    patterns: {
      facet: { name: 'Facet referred pain', note: 'Low back, buttock, greater trochanter, groin, back and side of the thigh; mostly above the knee' },
      'radicular-l4': { name: 'L4 nerve root', note: 'Front of the thigh, across the knee to the inner shin' },
      'radicular-l5': { name: 'L5 nerve root', note: 'Outer leg to the top of the foot and the big toe' },
      'radicular-s1': { name: 'S1 nerve root', note: 'Back of the thigh and calf to the outer foot' },
      sacroiliac: { name: 'Sacroiliac joint', note: 'A patch about 3 × 10 cm just below the PSIS' },
      myofascial: { name: 'Myofascial pain', note: 'Trigger points in a muscle; the pain spreads around them' },
    },
  },
};
