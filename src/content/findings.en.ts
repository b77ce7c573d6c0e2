import type { FindingsText } from './findings.zh-TW';

/** The findings control, English. Typed by the zh-TW source: a missing key fails to compile. */
export const findingsEn: FindingsText = {
  button: 'Findings',
  buttonActive: 'Findings ✓',
  title: 'Show your own findings',
  intro: 'Put the findings from an imaging report on the model. They stay as you move through the story until you tap "Back to the story\'s example".',
  active: 'The model shows the findings you set, not the story\'s own example.',
  clear: 'Back to the story\'s example',
  close: 'Close',
  lstv: {
    title: 'Lumbosacral transitional vertebra (Castellvi type)',
    criterion: 'The threshold is 19 mm: an L5 transverse process 19 mm or more from top to bottom counts as enlarged.',
    source: 'Types from Castellvi et al., 1984, Spine (an imaging classification).',
    side: 'Which side',
    fusedSide: 'Side that is fused',
    left: 'Left',
    right: 'Right',
    none: 'None',
    explain: {
      none: 'No transitional vertebra: the L5 transverse processes are of ordinary size, with a gap to the sacrum.',
      Ia: 'One L5 transverse process is unusually tall (19 mm or more) but does not touch the sacrum.',
      Ib: 'Both transverse processes are 19 mm or taller, and neither touches the sacrum.',
      IIa: 'One enlarged transverse process rests on the sacral ala with only 0 to 2 mm between them: a "pseudo-joint".',
      IIb: 'Each enlarged transverse process forms a pseudo-joint with the sacral ala.',
      IIIa: 'One enlarged transverse process has grown into one bone with the sacrum; it no longer moves there.',
      IIIb: 'Both transverse processes have grown into one bone with the sacrum.',
      IV: 'A pseudo-joint on one side (type II) and a bony fusion on the other (type III).',
    },
  },
  grades: {
    title: 'Facet degeneration grade (Weishaupt 0–3)',
    sides: 'A tapped grade applies to',
    both: 'Both',
    left: 'Left',
    right: 'Right',
    row: '{segment} facet joints',
    mixed: 'L {left} / R {right}',
    help: 'What each grade means',
    explain: {
      '0': 'Grade 0, normal: a joint gap of about 2 to 4 mm and smooth cartilage.',
      '1': 'Grade 1, mild: a gap under 2 mm, or small spurs at the edge, or a slightly enlarged articular process.',
      '2': 'Grade 2, moderate: a narrowed gap, medium spurs and enlargement, perhaps slight erosion of the bone under the cartilage.',
      '3': 'Grade 3, severe: large spurs, a clearly enlarged articular process, and possibly small cysts in the bone.',
    },
    discNote:
      'In this model each grade also flattens the disc of the same segment (by about 10%, 25% and 40% of its height for grades 1, 2 and 3). That is a setting of the model, not a measurement; it follows the finding that the disc usually wears first and the facet joints later.',
    source: 'Grades from Weishaupt et al., 1999 (CT and MRI grading); disc first from Fujiwara et al., 1999.',
  },
  cascade: {
    title: 'The three stages of wear (Kirkaldy-Willis)',
    intro: 'Applies a whole stage at once; change a grade yourself and it no longer counts as that stage.',
    source: 'Stages from Kirkaldy-Willis et al., 1978 (autopsy and surgical observations).',
    names: {
      dysfunction: '1 Dysfunction',
      instability: '2 Instability',
      stabilisation: '3 Stabilisation',
    },
    explain: {
      dysfunction: 'The synovium is inflamed, the joint holds fluid, the cartilage surface starts to fray and the capsule is strained; the glow marks the inflammation.',
      instability: 'The capsule slackens and cartilage is lost, so the segment moves beyond its normal range; the model rocks and the multifidus starts to waste.',
      stabilisation: 'Spurs, scarring and enlarged articular processes stiffen the segment, at the price of a narrower foramen and canal.',
    },
  },
};
