import { describe, expect, it } from 'vitest';
import { findStepIndex, STEPS } from '../../src/story/steps';
import { parseLocation, stepUrl } from '../../src/story/url';

describe('parseLocation', () => {
  it('opens the first step, with no notice, when there is no step parameter', () => {
    expect(parseLocation('')).toEqual({ stepIndex: 0, locale: null, notice: null, findings: null, findingsNotice: null, anatomy: null, compareNotice: null });
    expect(parseLocation('?')).toMatchObject({ stepIndex: 0, locale: null, notice: null });
  });

  it('finds a step by id and reads the language', () => {
    const index = findStepIndex('three-joint-complex');
    expect(parseLocation('?step=three-joint-complex&lang=en')).toMatchObject({ stepIndex: index, locale: 'en', notice: null });
    expect(parseLocation('step=three-joint-complex&lang=zh-TW').locale).toBe('zh-TW');
  });

  it('ignores an unknown language without disturbing the step', () => {
    const parsed = parseLocation('?step=lstv&lang=fr');
    expect(parsed).toMatchObject({ stepIndex: findStepIndex('lstv'), locale: null, notice: null });
  });

  it('falls back to the first step with a notice for a well-formed but unknown id', () => {
    expect(parseLocation('?step=no-such-step')).toMatchObject({ stepIndex: 0, locale: null, notice: 'unknown-step' });
  });

  it.each([
    ['broken percent-escape', '?step=%E0%A4%A'],
    ['markup', '?step=<script>alert(1)</script>'],
    ['encoded markup', '?step=%3Cscript%3E'],
    ['empty value', '?step='],
    ['upper case and spaces', '?step=Three Joint'],
    ['a very long value', `?step=${'a'.repeat(100_000)}`],
    ['path traversal', '?step=../../etc/passwd'],
  ])('falls back to the first step with a notice for %s', (_name, search) => {
    const parsed = parseLocation(search);
    expect(parsed.stepIndex).toBe(0);
    expect(parsed.notice).toBe('malformed-step');
  });

  it('keeps the language from a link whose step is broken', () => {
    expect(parseLocation('?step=%E0%A4%A&lang=en')).toMatchObject({ stepIndex: 0, locale: 'en', notice: 'malformed-step' });
  });
});

describe('stepUrl', () => {
  it('round-trips every step and both languages', () => {
    STEPS.forEach((step, index) => {
      for (const locale of ['zh-TW', 'en'] as const) {
        expect(parseLocation(stepUrl('', step.id, locale))).toMatchObject({ stepIndex: index, locale, notice: null });
      }
    });
  });

  it('replaces the step and language but keeps other parameters', () => {
    const url = stepUrl('?mode=kiosk&step=welcome&lang=en', 'prp', 'zh-TW');
    const params = new URLSearchParams(url);
    expect(params.get('mode')).toBe('kiosk');
    expect(params.get('step')).toBe('prp');
    expect(params.get('lang')).toBe('zh-TW');
    expect(params.getAll('step')).toHaveLength(1);
  });
});

describe('deep-link notices in the store', () => {
  it('are read from each address the store follows, so Back to a good address clears them', async () => {
    const { applyLocation } = await import('../../src/ui/useUrlSync');
    const { useExplainer } = await import('../../src/state/store');
    applyLocation('?step=no-such-step&facets=L9:7');
    expect(useExplainer.getState().linkNotices).toEqual(['unknown-step', 'malformed-findings']);
    expect(useExplainer.getState().stepIndex).toBe(0);
    applyLocation('?step=lstv');
    expect(useExplainer.getState().linkNotices).toEqual([]);
    applyLocation('?step=%3Cscript%3E');
    expect(useExplainer.getState().linkNotices).toEqual(['malformed-step']);
  });
});
