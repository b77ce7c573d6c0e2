/**
 * Fuzzed host messages for the embed's message API: random values of every type, huge strings, prototype keys and
 * markup that would run script if it ever became HTML, and real commands broken in one way each (wrong version,
 * unknown command, wrong argument type or form, extra or missing keys). None is a valid command. Deterministic for
 * a seed; used by the unit test (10,000 through the validator) and the browser test (through the real frame).
 */
const CANARY = "parent.postMessage('pwned','*')";
export const MARKUP = [
  `<img src=x onerror="${CANARY}">`,
  `<script>${CANARY}</script>`,
  `javascript:${CANARY}`,
  `"><svg onload="${CANARY}">`,
  `lean-back-intro<script>${CANARY}</script>`,
  `{{constructor.constructor('${CANARY}')()}}`,
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** A small seeded generator (mulberry32), so each fuzz run is repeatable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fuzzedMessages(count: number, seed: number, hugeLength = 200_000): unknown[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const huge = () => pick(['a', '<', '中', '-']).repeat(hugeLength + Math.floor(next() * 1000));
  const badString = () => pick([...MARKUP, 'LEAN-BACK-INTRO', 'lean back intro', '', ' ', 'welcome\u0000', '../etc', 'x'.repeat(49), huge()]);
  const anyValue = (): unknown =>
    pick<() => unknown>([
      () => next() * 1e9,
      () => NaN,
      () => -Infinity,
      () => null,
      () => undefined,
      () => true,
      () => badString(),
      () => [badString(), next()],
      () => ({ [pick(PROTOTYPE_KEYS)]: { polluted: true } }),
    ])();
  /** A valid command of each kind, to be broken. */
  const command = (): Record<string, unknown> =>
    pick([
      { facetExplainer: 1, command: 'goToStep', step: 'lean-back-intro' },
      { facetExplainer: 1, command: 'setLanguage', lang: 'en' },
      { facetExplainer: 1, command: 'setFindings', findings: { facets: 'L4-L5:2' } },
      { facetExplainer: 1, command: 'play' },
      { facetExplainer: 1, command: 'pause' },
    ]);
  const argumentKey = (message: Record<string, unknown>) => Object.keys(message).find((k) => k !== 'facetExplainer' && k !== 'command');
  const breakers: ((message: Record<string, unknown>) => unknown)[] = [
    (m) => ({ ...m, facetExplainer: pick([0, 2, '1', true, null, 1.5, huge()]) }),
    (m) => ({ ...m, command: pick(['goto', 'GoToStep', 'eval', 'innerHTML', ...PROTOTYPE_KEYS, ...MARKUP, huge()]) }),
    (m) => ({ ...m, [pick([...PROTOTYPE_KEYS, 'onload', 'innerHTML', 'html', 'extra'])]: anyValue() }),
    (m) => JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(m).slice(1)}`),
    (m) => Object.fromEntries(Object.entries(m).filter(([key]) => key !== 'facetExplainer')),
    (m) => {
      const key = argumentKey(m);
      return key ? { ...m, [key]: pick([badString(), 42, [], { step: 'welcome' }, false]) } : { ...m, command: anyValue() };
    },
    (m) => ({ ...m, command: 'setFindings', findings: pick([{ facets: badString() }, { lstv: badString() }, { cascade: badString() }, { facets: 'L4-L5:2', extra: 1 }, 'L4-L5:2', [1]]) }),
    (m) => ({ ...m, command: 'setLanguage', lang: pick(['fr', 'EN', 'zh-tw', 'zh-TW ', badString(), 1]) }),
    (m) => [m],
    (m) => JSON.stringify(m),
  ];
  const messages: unknown[] = [];
  for (let i = 0; i < count; i++) messages.push(next() < 0.25 ? anyValue() : pick(breakers)(command()));
  return messages;
}
