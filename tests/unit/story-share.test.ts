import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { compositionSchema, EMPTY_COMPOSITION, type Composition } from '../../src/story/share/composition';
import { readShareFragment, shareFragment, shareLink } from '../../src/story/share/shareLink';
import { EXAMPLE_COMPOSITION } from './shareExample';
import { fuzzedFragments, pack } from './shareFuzz';

/** The address of the explainer as the clinic publishes it (a realistic length for the link and its QR code). */
const PAGE = 'https://clinic.example.tw/lumbar-facet/';

describe('the share link', () => {
  it('reopens exactly the composition it was made from', () => {
    const read = readShareFragment(shareFragment(EXAMPLE_COMPOSITION));
    expect(read).toEqual({ kind: 'read', composition: EXAMPLE_COMPOSITION, damaged: false });
    const english: Composition = { ...EXAMPLE_COMPOSITION, locale: 'en', findings: { lstv: 'none', lstvSide: 'left', degeneration: { 'L5-S1': { left: 2, right: 0 } }, cascade: null } };
    expect(readShareFragment(shareFragment(english))).toEqual({ kind: 'read', composition: english, damaged: false });
    expect(readShareFragment(shareFragment(EMPTY_COMPOSITION))).toEqual({ kind: 'read', composition: EMPTY_COMPOSITION, damaged: false });
  });

  it('keeps the example short enough for a QR code of version 15 or lower, with nothing but the page address in front', () => {
    const link = shareLink(`${PAGE}?step=lstv&lang=en#old`, EXAMPLE_COMPOSITION);
    expect(link.startsWith(`${PAGE}#c=`)).toBe(true);
    const version = QRCode.create(link, { errorCorrectionLevel: 'M' }).version;
    console.info(`example share link: ${link.length} characters, QR version ${version} (M)`);
    expect(version).toBeLessThanOrEqual(15);
  });

  it('is no share link without #c=, and reports what it could not read', () => {
    expect(readShareFragment('')).toEqual({ kind: 'none' });
    expect(readShareFragment('#step=lstv')).toEqual({ kind: 'none' });
    expect(readShareFragment('#c=')).toEqual({ kind: 'unreadable' });
    expect(readShareFragment('#c=%%%%')).toEqual({ kind: 'unreadable' });
    expect(readShareFragment(`#c=${'A'.repeat(9000)}`)).toEqual({ kind: 'unreadable' });
  });

  it('keeps the valid parts of a partly broken composition and marks it damaged', () => {
    const wire = {
      v: 1,
      l: 'en',
      s: ['lstv', 'no-such-step', '<script>x</script>', 'lstv', 'welcome'],
      f: 'lstv=IIa-left&facets=L4-L5:9,L5-S1:2',
      m: ['facet-L4-L5-left', 'not-a-structure', 42],
      w: [[0, [0, 0, 0, 1, 1, 1], [[0, 5, 5, 1, 1], [7, 1, 1], 'x']], [0, [1e9, 0, 0, 0, 0, 0], []], [1, [0, 0, 0, 0, 0, 0], []]],
    };
    const read = readShareFragment(`#c=${pack(JSON.stringify(wire))}`);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.damaged).toBe(true);
    expect(read.composition).toEqual({
      steps: ['lstv', 'welcome'],
      findings: { lstv: 'IIa', lstvSide: 'left', degeneration: { 'L5-S1': 2 }, cascade: null },
      marks: ['facet-L4-L5-left'],
      views: [{ step: 'lstv', camera: { position: [0, 0, 0], target: [1, 1, 1] }, strokes: [{ colour: 'red', points: [[5, 5], [6, 6]] }] }],
      locale: 'en',
    });
  });

  it('reads 10,000 fuzzed fragments without an exception, always giving a valid composition or nothing', () => {
    const fragments = fuzzedFragments(10_000, 12);
    let exceptions = 0;
    let invalid = 0;
    const kinds = { none: 0, read: 0, unreadable: 0 };
    for (const fragment of fragments) {
      try {
        const read = readShareFragment(fragment);
        kinds[read.kind]++;
        if (read.kind === 'read' && !compositionSchema.safeParse(read.composition).success) invalid++;
      } catch {
        exceptions++;
      }
    }
    console.info(`fuzzed share fragments: ${JSON.stringify(kinds)}`);
    expect({ exceptions, invalid }).toEqual({ exceptions: 0, invalid: 0 });
    // The fuzz reaches every outcome, the salvage path included.
    expect(Math.min(kinds.none, kinds.read, kinds.unreadable)).toBeGreaterThan(100);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
