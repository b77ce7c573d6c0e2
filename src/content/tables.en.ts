import type { TablesText } from './tables.zh-TW';

/** The comparison tables in English; typed by the zh-TW source, so rows and columns must match. */
export const tablesEn: TablesText = {
  'differential-table': {
    caption: 'Common kinds of low back pain compared',
    columns: ['Feature', 'Facet joint wear', 'Disc herniation', 'Sacroiliac joint pain', 'Myofascial pain'],
    rows: [
      ['Where it hurts most', 'Deep on both sides of the low back', 'Middle of the low back or to one side', 'Inner upper buttock, below the bony bump at the back of the pelvis', 'Surface muscles, with tender trigger points'],
      ['What sets it off', 'Leaning back, twisting, standing long', 'Bending forward, sitting long in a soft chair, coughing', 'Standing on one leg, climbing stairs', 'Stretching the muscle, pressing the tender point'],
      ['Where it spreads', 'Buttock, back and outer thigh, mostly not past the knee', 'Down the leg to the calf or sole', 'Groin, back of the thigh', 'Mostly stays in one area'],
      ['What it feels like', 'Deep ache, stiffness', 'Electric, stabbing, numb', 'Aching, heavy', 'Tight, pulling'],
      ['Nerve signs', 'Usually none; leg strength normal', 'Possible: foot drop, weaker reflexes', 'Usually none', 'None'],
    ],
  },
  'decision-matrix': {
    caption: 'Five injection treatments compared',
    columns: [
      'Consideration',
      'Steroid injection',
      'Radiofrequency ablation',
      'Prolotherapy (glucose)',
      'PRP (platelet-rich plasma)',
      'Amniotic / umbilical cord matrix (AMUC)',
    ],
    rows: [
      [
        'Main goal',
        'Calm inflammation, relief during a flare',
        'Switch off the medial branch that carries the pain for a while; does not repair the joint',
        'Stimulate where ligaments attach, aiming for more stability',
        'Calm inflammation, aiming for longer relief',
        'Calm inflammation; how it works is still studied',
      ],
      [
        'What studies saw',
        'Randomised trial (46 people): best at 1 month, worse by 6 months. Placebo-controlled trial (101 people): no better than salt water at 1 and 3 months.',
        'Randomised trial (151 people): after two screening blocks, about 64% success at 3 months. Retrospective study (62 people, median 39 months): about half had their pain halved.',
        'Small comparison (22 people, ligament not facet): more improvement than physiotherapy at 4 weeks.',
        'Randomised trial (46 people): still improving at 6 months. Non-randomised study (78 people): better than anaesthetic from 6 weeks to 1 year.',
        'Retrospective study (52 people, mixed diagnoses): pain about 4.9 down to 2.8, about 10 weeks.',
      ],
      [
        'Strength of evidence',
        'Randomised trials, but results disagree; poor in the long run',
        'The most of the five, though a consensus guideline finds many aspects still debated',
        'A review of 12 studies suggests benefit; low quality',
        'Small randomised trials; few people, more rigorous trials needed',
        'The least: one uncontrolled retrospective study',
      ],
      [
        'Usually considered for',
        'A short bridge during a flare',
        'People whose two diagnostic blocks both worked',
        'Lax ligaments, transitional vertebra',
        'Confirmed facet pain, aiming for longer relief',
        'When other treatments failed, after a careful talk',
      ],
      [
        'Risks',
        'Infection, bleeding (mention blood thinners). Blood sugar rises briefly. Repeated doses may affect bone.',
        'Infection, bleeding (mention blood thinners). Temporary numbness or nerve pain. Retrospective review (92 people): about 1% of sites had a minor complication.',
        'Brief soreness after the injection, rare infection or bleeding',
        'Brief soreness after the injection, rare infection or bleeding',
        'Infection, bleeding. Too few data to see rare risks.',
      ],
    ],
  },
};
