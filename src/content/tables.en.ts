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
    caption: 'Four injection treatments compared',
    columns: ['Consideration', 'Steroid injection', 'Prolotherapy (glucose)', 'PRP (platelet-rich plasma)', 'Amniotic / umbilical cord matrix (AMUC)'],
    rows: [
      ['Main goal', 'Quick anti-inflammatory relief in a flare', 'Strengthen ligaments, add stability', 'Calm inflammation, support tissue repair', 'Calm inflammation, support repair'],
      ['How fast it works', 'Very fast, about 1 to 3 days', 'Slow, several weeks', 'Medium, about 2 to 4 weeks', 'Within about 2 weeks'],
      ['How long it lasts', 'Short, about 1 to 3 months', 'Varies; depends on keeping up exercise', 'Some studies still saw benefit at 6 to 12 months', 'Studied for only about 10 weeks; long-term effect unknown'],
      ['Strength of evidence', 'Randomised trials: helps short term, not long term', 'Mostly small, low-quality studies', 'Mostly small studies, most not randomised', 'A single retrospective study of 52 people'],
      ['Usually considered for', 'A short bridge during a flare', 'Lax ligaments, transitional vertebra', 'Confirmed facet pain, aiming for lasting relief', 'Stubborn pain where other treatments failed'],
      ['Side effects and risks', 'Repeated doses may affect cartilage, bone and blood sugar', 'Brief soreness after the injection', 'Brief soreness after the injection', 'No serious effects reported, but very little data'],
    ],
  },
};
