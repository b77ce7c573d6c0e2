import { describe, expect, it } from 'vitest';
import { SIDES } from '../../src/anatomy/levels';
import { CASTELLVI_TYPES } from '../../src/anatomy/variants/variantChoice';
import { CASCADE_PRESETS } from '../../src/story/cascadePresets';
import type { Findings } from '../../src/story/findings';
import { findingsSearch, parseFindings } from '../../src/story/findingsUrl';
import { findStepIndex } from '../../src/story/steps';
import { parseLocation, stepUrl } from '../../src/story/url';

const findings = (over: Partial<Findings>): Findings => ({ lstv: 'none', lstvSide: 'left', degeneration: {}, cascade: null, ...over });

describe('findings in the address', () => {
  it('reads nothing, and says nothing, when the address names no findings', () => {
    expect(parseFindings('?step=lstv&lang=en')).toEqual({ findings: null, malformed: false });
  });

  it('reads a transitional vertebra with its side, and per-segment grades for both or each side', () => {
    const parsed = parseFindings('?step=lstv&lstv=IIa-left&facets=L4-L5:2,L5-S1:3l1r,L3-L4:1r');
    expect(parsed.malformed).toBe(false);
    expect(parsed.findings).toEqual(
      findings({ lstv: 'IIa', lstvSide: 'left', degeneration: { 'L4-L5': 2, 'L5-S1': { left: 3, right: 1 }, 'L3-L4': { left: 0, right: 1 } } }),
    );
  });

  it('reads a both-sided type without a side, "none" for healthy joints, and a cascade phase', () => {
    expect(parseFindings('?lstv=IIIb&facets=none').findings).toEqual(findings({ lstv: 'IIIb' }));
    expect(parseFindings('?lstv=IV-right').findings).toMatchObject({ lstv: 'IV', lstvSide: 'right', degeneration: {} });
    // A phase alone brings its grades; with facets the facets win and the phase adds what it shows.
    expect(parseFindings('?cascade=instability').findings).toEqual(
      findings({ degeneration: CASCADE_PRESETS.instability.degeneration, cascade: 'instability' }),
    );
    expect(parseFindings('?cascade=instability&facets=L4-L5:3').findings?.degeneration).toEqual({ 'L4-L5': 3 });
  });

  it('compacts equal sides and drops healthy joints', () => {
    expect(parseFindings('?facets=L4-L5:2l2r,L5-S1:0,L1-L2:0l0r').findings?.degeneration).toEqual({ 'L4-L5': 2 });
  });

  it('round-trips what it writes, keeps other parameters and removes findings for null', () => {
    const all = [
      findings({ lstv: 'IIa', lstvSide: 'right', degeneration: { 'L4-L5': 3, 'L5-S1': { left: 1, right: 2 } } }),
      findings({ lstv: 'Ib' }),
      findings({ lstv: 'IV', lstvSide: 'left', degeneration: { ...CASCADE_PRESETS.stabilisation.degeneration }, cascade: 'stabilisation' }),
    ];
    for (const f of all) {
      const search = findingsSearch('?step=lstv&lang=en', f);
      expect(parseFindings(search)).toEqual({ findings: f, malformed: false });
      expect(new URLSearchParams(search).get('step')).toBe('lstv');
    }
    const cleared = findingsSearch('?step=lstv&lstv=IIa-left&facets=L4-L5:2&cascade=dysfunction', null);
    expect(cleared).toBe('?step=lstv');
  });

  it.each(CASTELLVI_TYPES.flatMap((lstv) => SIDES.map((lstvSide) => [lstv, lstvSide] as const)))(
    'reopens Castellvi %s on the %s exactly as it was shown',
    (lstv, lstvSide) => {
      const shown = findings({ lstv, lstvSide, degeneration: { 'L5-S1': 1 } });
      const search = findingsSearch('?step=lstv', shown);
      expect(parseFindings(search)).toEqual({ findings: shown, malformed: false });
      // A link rewritten from what it opened is the same link.
      expect(findingsSearch(search, parseFindings(search).findings)).toBe(search);
    },
  );

  it('keeps both-sided links short when the side is the default one', () => {
    expect(new URLSearchParams(findingsSearch('', findings({ lstv: 'Ib' }))).get('lstv')).toBe('Ib');
    expect(new URLSearchParams(findingsSearch('', findings({ lstv: 'Ib', lstvSide: 'right' }))).get('lstv')).toBe('Ib-right');
  });

  it('writes a readable address', () => {
    const search = findingsSearch(stepUrl('', 'lstv', 'zh-TW'), findings({ lstv: 'IIa', degeneration: { 'L4-L5': 2, 'L5-S1': { left: 3, right: 1 } } }));
    expect(search).toBe('?step=lstv&lang=zh-TW&lstv=IIa-left&facets=L4-L5:2,L5-S1:3l1r');
  });

  it.each([
    ['an unknown type', '?lstv=IIc-left&facets=L4-L5:2', { 'L4-L5': 2 }],
    ['an unknown side', '?lstv=IIa-middle&facets=L4-L5:2', { 'L4-L5': 2 }],
    ['a grade out of range', '?lstv=IIa&facets=L4-L5:4,L5-S1:2', { 'L5-S1': 2 }],
    ['an unknown segment', '?lstv=IIa&facets=L5-L6:2,L5-S1:2', { 'L5-S1': 2 }],
    ['a repeated segment', '?lstv=IIa&facets=L5-S1:2,L5-S1:3', { 'L5-S1': 2 }],
    ['an empty entry', '?lstv=IIa&facets=L5-S1:2,,', { 'L5-S1': 2 }],
    ['a side without a grade', '?lstv=IIa&facets=L5-S1:lr,L4-L5:1', { 'L4-L5': 1 }],
    ['an unknown phase', '?lstv=IIa&facets=L4-L5:1&cascade=collapse', { 'L4-L5': 1 }],
  ])('leaves out %s, keeps the rest and reports it', (_name, search, degeneration) => {
    const parsed = parseFindings(search);
    expect(parsed.malformed).toBe(true);
    expect(parsed.findings?.degeneration).toEqual(degeneration);
    expect(parsed.findings?.cascade).toBeNull();
  });

  it.each([
    ['markup', '?lstv=<script>alert(1)</script>'],
    ['encoded markup', '?facets=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a broken percent-escape', '?lstv=%E0%A4%A'],
    ['a very long value', `?facets=${'L4-L5:3,'.repeat(20_000)}`],
    ['prototype keys', '?facets=__proto__:3,constructor:1'],
    ['only an empty value', '?lstv='],
    ['a javascript: address', '?cascade=javascript:alert(1)'],
  ])('shows the story as it is, with a notice, for %s', (_name, search) => {
    expect(parseFindings(search)).toEqual({ findings: null, malformed: true });
  });

  it('hands the findings and their notice to the location, apart from the step', () => {
    const parsed = parseLocation('?step=lstv&lstv=IIb&facets=L4-L5:9');
    expect(parsed).toMatchObject({ stepIndex: findStepIndex('lstv'), notice: null, findingsNotice: 'malformed-findings' });
    expect(parsed.findings).toEqual(findings({ lstv: 'IIb' }));
    expect(parseLocation('?step=%3Cscript%3E&lstv=IIa-right')).toMatchObject({ stepIndex: 0, notice: 'malformed-step', findingsNotice: null });
  });
});
