import { describe, expect, it } from 'vitest';
import { formatCitation, REFERENCES, type ReferenceId } from '../../src/content/references';
import { STORY_TEXT, type StepId } from '../../src/content/story';
import { STEPS } from '../../src/story/steps';

const stepById = (id: StepId) => STEPS.find((step) => step.id === id)!;

describe('references', () => {
  it('give authors, year, journal and a design with its size in both locales', () => {
    for (const [id, ref] of Object.entries(REFERENCES)) {
      expect(ref.authors, id).toMatch(/\w/);
      expect(ref.year, id).toBeGreaterThan(1900);
      expect(ref.journal, id).not.toBe('');
      expect(ref.design.en, id).not.toBe('');
      expect(ref.design['zh-TW'], id).not.toBe('');
      expect(formatCitation(ref)).toContain(String(ref.year));
    }
  });

  it('state n for every clinical study the treatment steps rely on', () => {
    const studies: ReferenceId[] = ['wu2016', 'wu2017', 'cauchon2024', 'baltzer2025', 'ross2022', 'chang2015', 'carette1991', 'cohen2010', 'schwarzer1994'];
    for (const id of studies) {
      expect(REFERENCES[id].design.en, id).toMatch(/n = \d/);
      expect(REFERENCES[id].design['zh-TW'], id).toMatch(/n = \d/);
    }
  });

  it('are honest where the evidence is weak', () => {
    expect(REFERENCES.ross2022.design.en).toMatch(/retrospective.*n = 52.*mixed diagnoses/);
    expect(REFERENCES.chang2015.design.en).toMatch(/n = 22.*iliolumbar ligament.*not the facets/);
    expect(REFERENCES.cauchon2024.design.en).toMatch(/n = 50.*not verified/);
    expect(REFERENCES.baltzer2025.design.en).toMatch(/not randomised/);
    expect(REFERENCES.wu2016.design.en).toMatch(/uncontrolled, n = 19, 3-month/);
    expect(REFERENCES.mociu2025.check).toBe('not-found');
  });

  it('never let the PRP steps claim what the unverified triple-blind trial found', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const prp = STORY_TEXT[locale].steps.prp;
      const text = [prp.body, ...prp.keyPoints].join(' ');
      if (locale === 'en') expect(text).toMatch(/not verified/);
      else expect(text).toMatch(/尚未核實/);
      expect(text).not.toMatch(/superior|顯著優於|證實/);
    }
    expect(stepById('prp').references).toContain('cauchon2024');
  });

  it('cite the study behind every number a study-result step states', () => {
    const claims: Array<[StepId, ReferenceId]> = [
      ['prp', 'wu2016'],
      ['prp', 'baltzer2025'],
      ['amuc', 'ross2022'],
      ['prolotherapy', 'chang2015'],
      ['steroid', 'wu2017'],
      ['steroid', 'carette1991'],
      ['block-two-tests', 'schwarzer1994'],
      ['radiofrequency', 'cohen2010'],
      ['bertolotti', 'quinlan2006'],
      ['disc-flattening', 'pollintine2004'],
    ];
    for (const [step, ref] of claims) expect(stepById(step).references, step).toContain(ref);
  });

  it('are all listed somewhere: every reference is cited by at least one step', () => {
    const cited = new Set(STEPS.flatMap((step) => step.references));
    for (const id of Object.keys(REFERENCES)) expect(cited.has(id as ReferenceId), id).toBe(true);
  });
});
