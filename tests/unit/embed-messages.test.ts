import { describe, expect, it } from 'vitest';
import { isSmallPlainData, MAX_MESSAGE_SIZE, parseCommand, PROTOCOL_VERSION } from '../../src/story/embedMessages';
import { findingsFromCommand } from '../../src/story/embedFindings';
import { ancestorsAllowed, parseAllowedOrigins } from '../../src/story/embedOrigins';
import { fuzzedMessages } from './embedFuzz';

const v = { facetExplainer: PROTOCOL_VERSION };

describe('the embed message API (host → frame)', () => {
  it('reads every well-formed command', () => {
    expect(parseCommand({ ...v, command: 'goToStep', step: 'lean-back-intro' })).toEqual({ ...v, command: 'goToStep', step: 'lean-back-intro' });
    expect(parseCommand({ ...v, command: 'setLanguage', lang: 'en' })?.command).toBe('setLanguage');
    expect(parseCommand({ ...v, command: 'setFindings', findings: { lstv: 'IIa-left', facets: 'L4-L5:2,L5-S1:3l1r' } })?.command).toBe('setFindings');
    expect(parseCommand({ ...v, command: 'setFindings', findings: null })?.command).toBe('setFindings');
    expect(parseCommand({ ...v, command: 'play' })?.command).toBe('play');
    expect(parseCommand({ ...v, command: 'pause' })?.command).toBe('pause');
  });

  it('drops a wrong version, an extra key, a wrong type, markup or an oversized message', () => {
    expect(parseCommand({ facetExplainer: 2, command: 'play' })).toBeNull();
    expect(parseCommand({ ...v, command: 'play', extra: 1 })).toBeNull();
    expect(parseCommand({ ...v, command: 'goToStep', step: 7 })).toBeNull();
    expect(parseCommand({ ...v, command: 'goToStep', step: '<img src=x onerror=alert(1)>' })).toBeNull();
    expect(parseCommand({ ...v, command: 'setLanguage', lang: 'fr' })).toBeNull();
    expect(parseCommand({ ...v, command: 'goToStep', step: 'a'.repeat(MAX_MESSAGE_SIZE * 10) })).toBeNull();
    expect(parseCommand(JSON.parse('{"facetExplainer":1,"command":"play","__proto__":{"polluted":true}}'))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('measures size with a budget, so a cyclic or deep message costs no more than a small one', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(isSmallPlainData(cyclic)).toBe(false);
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(isSmallPlainData(deep)).toBe(false);
    expect(isSmallPlainData(new Date())).toBe(false);
    expect(isSmallPlainData({ command: 'play', facetExplainer: 1 })).toBe(true);
  });

  it('rejects 10,000 fuzzed messages without one exception, and lets none through', () => {
    const messages = fuzzedMessages(10_000, 42);
    expect(messages).toHaveLength(10_000);
    let accepted = 0;
    for (const message of messages) {
      if (parseCommand(message) !== null) accepted++;
    }
    expect(accepted).toBe(0);
  });

  it('mutates real commands in the fuzz, not only random noise', () => {
    const messages = fuzzedMessages(2_000, 7);
    const enveloped = messages.filter((m) => typeof m === 'object' && m !== null && (m as Record<string, unknown>).facetExplainer === 1);
    expect(enveloped.length).toBeGreaterThan(500);
  });
});

describe('findings from a host command', () => {
  it('reads the same forms as the address, all or nothing', () => {
    expect(findingsFromCommand({ facets: 'L4-L5:2' }).findings?.degeneration).toEqual({ 'L4-L5': 2 });
    expect(findingsFromCommand({ lstv: 'IIa-left' }).findings?.lstv).toBe('IIa');
    expect(findingsFromCommand({ facets: 'L4-L5:2', lstv: 'XIV' })).toEqual({ findings: null, malformed: true });
    expect(findingsFromCommand(null)).toEqual({ findings: null, malformed: false });
  });
});

describe('which hosts may frame the explainer', () => {
  it('allows any host by default, only listed ones when restricted, and none it cannot see', () => {
    const any = parseAllowedOrigins(undefined);
    expect(ancestorsAllowed(['https://a.example'], any)).toBe(true);
    expect(ancestorsAllowed(null, any)).toBe(true);
    const clinic = parseAllowedOrigins('https://clinic.example/, https://blog.clinic.example');
    expect(ancestorsAllowed(['https://clinic.example'], clinic)).toBe(true);
    expect(ancestorsAllowed(['https://clinic.example', 'https://evil.example'], clinic)).toBe(false);
    expect(ancestorsAllowed(null, clinic)).toBe(false);
  });

});
