import { describe, expect, it } from 'vitest';
import { A11Y_TEXT } from '../../src/content/a11y';
import { LOCALES } from '../../src/content/locale';
import { STORY_TEXT, stepText } from '../../src/content/story';
import { STEPS } from '../../src/story/steps';
import { stepAnnouncement } from '../../src/ui/StepAnnouncer';

describe('the step announcement a screen reader hears', () => {
  it('names the chapter, the step number of the total and the title of every step, in both languages', () => {
    for (const locale of LOCALES) {
      STEPS.forEach((step, index) => {
        const said = stepAnnouncement(index, locale);
        expect(said).toContain(STORY_TEXT[locale].chapters[step.chapter]);
        expect(said).toContain(stepText(step.id, locale)!.title);
        expect(said).toContain(String(index + 1));
        expect(said).toContain(String(STEPS.length));
        expect(said, `${locale} ${step.id}`).not.toMatch(/[{}]/);
      });
    }
  });

  it('says nothing for a step that does not exist', () => {
    expect(stepAnnouncement(STEPS.length, 'en')).toBe('');
  });

  it('has every screen-reader string in both languages, different from each other', () => {
    for (const key of Object.keys(A11Y_TEXT['zh-TW']) as (keyof typeof A11Y_TEXT.en)[]) {
      expect(A11Y_TEXT.en[key].trim()).not.toBe('');
      expect(A11Y_TEXT.en[key]).not.toBe(A11Y_TEXT['zh-TW'][key]);
    }
  });
});
