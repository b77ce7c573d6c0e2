import { describe, expect, it } from 'vitest';
import { formatCitation, isConfirmed, REFERENCES, type ReferenceId, type Verification } from '../../src/content/references';
import { PANEL_TEXT, STORY_TEXT, TABLES_TEXT, type StepId } from '../../src/content/story';
import { STEPS } from '../../src/story/steps';
import { readableStrings } from './readableStrings';

const stepById = (id: StepId) => STEPS.find((step) => step.id === id)!;
const stepWords = (id: StepId, locale: 'zh-TW' | 'en') => {
  const step = STORY_TEXT[locale].steps[id];
  return [step.body, ...('keyPoints' in step && step.keyPoints ? step.keyPoints : [])].join(' ');
};
const CITED = new Set(STEPS.flatMap((step) => step.references));

describe('references', () => {
  it('give authors, year, journal and a design in both locales, and how far each was verified', () => {
    for (const [id, ref] of Object.entries(REFERENCES)) {
      expect(ref.authors, id).toMatch(/\w/);
      expect(ref.year, id).toBeGreaterThan(1900);
      expect(ref.journal, id).not.toBe('');
      expect(ref.design.en, id).not.toBe('');
      expect(ref.design['zh-TW'], id).not.toBe('');
      expect(formatCitation(ref)).toContain(String(ref.year));
      if (ref.verification.status !== 'not-found') expect(ref.verification.seenAt, id).toMatch(/^https?:\/\//);
    }
  });

  it('never show a detail that could not be verified', () => {
    expect(isConfirmed(REFERENCES.fortin1994, 'journal')).toBe(false);
    expect(formatCitation(REFERENCES.fortin1994)).not.toContain('Spine');
    expect(formatCitation(REFERENCES.dunlop1984)).not.toContain('706');
    expect(formatCitation(REFERENCES.kjaer2007)).not.toContain('Kjaer P');
    expect(formatCitation(REFERENCES.wu2017)).toContain('Wu J, Zhou J');
  });

  it('state n for every clinical study the treatment and diagnosis steps rely on', () => {
    const studies: ReferenceId[] = ['wu2016', 'wu2017', 'baltzer2025', 'ross2022', 'chang2015', 'carette1991', 'cohen2010', 'mccormick2015'];
    for (const id of studies) {
      expect(REFERENCES[id].design.en, id).toMatch(/n = \d/);
      expect(REFERENCES[id].design['zh-TW'], id).toMatch(/n = \d/);
    }
    expect(REFERENCES.kjaer2007.design.en).toMatch(/412 adults/);
  });

  it('are honest where the evidence is weak', () => {
    expect(REFERENCES.ross2022.design.en).toMatch(/retrospective.*n = 52.*mixed diagnoses/);
    expect(REFERENCES.chang2015.design.en).toMatch(/n = 22.*iliolumbar ligament.*not the facets/);
    expect(REFERENCES.baltzer2025.design.en).toMatch(/not randomised/);
    expect(REFERENCES.wu2016.design.en).toMatch(/uncontrolled, n = 19, 3-month/);
    expect(REFERENCES.mociu2025.verification.status).toBe('not-found');
    expect(REFERENCES.cauchon2024.verification.unconfirmed).toContain('result');
  });

  it('quote no study whose results or paper could not be read, and keep it out of the steps', () => {
    for (const id of ['cauchon2024', 'mociu2025'] as const) expect(CITED.has(id), id).toBe(false);
    for (const locale of ['zh-TW', 'en'] as const) {
      const all = readableStrings(locale).map((s) => s.text).join('\n');
      expect(all).not.toMatch(/triple-blind trial|三盲試驗|2025 年系統性回顧|systematic review cited by the article/);
    }
  });

  it('show patients no "to be checked" or "from memory" notes', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const all = readableStrings(locale)
        .filter((s) => !s.source.startsWith('panel doctorView'))
        .map((s) => s.text)
        .join('\n');
      expect(all).not.toMatch(/待核對|待核實|憑記憶|找不到原文|to be checked|from memory|not verified|could not be found/);
    }
  });

  it('cite the study behind every number a study-result step states', () => {
    const claims: Array<[StepId, ReferenceId]> = [
      ['prp', 'wu2016'],
      ['prp', 'wu2017'],
      ['prp', 'baltzer2025'],
      ['faq-prp-works', 'baltzer2025'],
      ['faq-prp-works', 'wu2017'],
      ['amuc', 'ross2022'],
      ['prolotherapy', 'chang2015'],
      ['steroid', 'wu2017'],
      ['steroid', 'carette1991'],
      ['block-two-tests', 'schwarzer1994'],
      ['diagnostic-block', 'laslett2006'],
      ['radiofrequency', 'cohen2010'],
      ['radiofrequency', 'mccormick2015'],
      ['radiofrequency', 'rfComplications2004'],
      ['bertolotti', 'quinlan2006'],
      ['disc-flattening', 'pollintine2004'],
      ['multifidus', 'kjaer2007'],
    ];
    for (const [step, ref] of claims) expect(stepById(step).references, step).toContain(ref);
  });

  it('say what the placebo-controlled steroid trial found, in the step and in the decision matrix', () => {
    expect(stepWords('steroid', 'en')).toMatch(/101 people.*no better than salt water/);
    const steroidEvidence = TABLES_TEXT['zh-TW']['decision-matrix'].rows.map((row) => row[1]).join('');
    expect(steroidEvidence).toMatch(/101 人/);
    expect(steroidEvidence).not.toMatch(/有隨機試驗：短期有效|1 到 3 天/);
  });

  it('put radiofrequency ablation in the chronic-stage advice with its evidence and risks', () => {
    expect(stepWords('advice-chronic', 'zh-TW')).toContain('高頻熱凝');
    expect(stepWords('radiofrequency', 'en')).toMatch(/151 people/);
    expect(stepWords('radiofrequency', 'en')).toMatch(/numbness or nerve pain/);
  });

  it('list risks, blood thinners included, for every injection in the decision matrix', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const risks = TABLES_TEXT[locale]['decision-matrix'].rows.at(-1)!;
      for (const cell of risks.slice(1)) expect(cell, locale).toMatch(locale === 'en' ? /infection/i : /感染/);
      expect(risks.slice(1, 3).join(' '), locale).toMatch(locale === 'en' ? /blood thinners/ : /抗凝血劑/);
    }
  });

  it('are all listed somewhere: every verified reference is cited by a step', () => {
    for (const [id, ref] of Object.entries(REFERENCES)) {
      const verification: Verification = ref.verification;
      const listedOnly = verification.status === 'not-found' || (verification.unconfirmed ?? []).includes('result');
      expect(CITED.has(id as ReferenceId), id).toBe(!listedOnly);
    }
  });

  it('give a plain-language key for the evidence words the studies use', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const terms = Object.keys(PANEL_TEXT[locale].evidenceKey.terms);
      expect(terms).toEqual(expect.arrayContaining(['randomised', 'controlled', 'retrospective', 'blinded', 'sampleSize', 'followUp']));
    }
  });
});
