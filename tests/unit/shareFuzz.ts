import { deflateSync, strToU8 } from 'fflate';
import { shareFragment } from '../../src/story/share/shareLink';
import { toWire } from '../../src/story/share/wire';
import { EXAMPLE_COMPOSITION } from './shareExample';
import { random } from './embedFuzz';

/**
 * Fuzzed share fragments: random text, the example's real fragment mutated (characters flipped, cut, repeated,
 * spliced), and well-compressed JSON that is hostile once read (wrong types, markup that would run script if it
 * became HTML, prototype keys, huge and non-finite numbers, oversize lists). Deterministic for a seed; the unit
 * test runs 10,000 through the parser, the browser test 200 through the page.
 */
export const CANARY_GLOBAL = '__sharePwned';
const CANARY = `window.${CANARY_GLOBAL}=1`;
const MARKUP = [`<img src=x onerror="${CANARY}">`, `<script>${CANARY}</script>`, `javascript:${CANARY}`, `"><svg onload="${CANARY}">`];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+$%#=&?/<>"\' 中\u0000';

/** Any text, deflated into a share code as the app writes one. */
export function pack(text: string): string {
  return Buffer.from(deflateSync(strToU8(text))).toString('base64url');
}


export function fuzzedFragments(count: number, seed: number): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const valid = shareFragment(EXAMPLE_COMPOSITION);
  const deepNesting = `#c=${pack('['.repeat(5000))}`;
  const randomText = (length: number) => Array.from({ length }, () => ALPHABET[int(ALPHABET.length)]).join('');
  const mutate = (text: string): string => {
    const at = int(text.length);
    switch (int(5)) {
      case 0:
        return text.slice(0, at) + randomText(1) + text.slice(at + 1);
      case 1:
        return text.slice(0, at);
      case 2:
        return text.slice(0, at) + text.slice(at, at + 1 + int(40)).repeat(1 + int(300));
      case 3:
        return text.slice(0, at) + text.slice(at + 1 + int(20));
      default:
        return text.slice(0, at) + randomText(1 + int(30)) + text.slice(at);
    }
  };
  const hostileValue = (): unknown =>
    pick<() => unknown>([
      () => pick(MARKUP),
      () => next() * 1e12,
      () => -1e308,
      () => null,
      () => true,
      () => ({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
      () => Array.from({ length: int(3) === 0 ? 600 : 3 }, () => int(9000) - 4500),
      () => [pick(MARKUP), [1e9, 0, 0, 0, 0, 0], [[0, 1, 2]]],
      () => 'x'.repeat(int(3000)),
    ])();
  const hostileWire = (): string => {
    const wire = toWire(EXAMPLE_COMPOSITION) as unknown as Record<string, unknown>;
    const key = pick(['v', 'l', 's', 'f', 'm', 'w', '__proto__', 'constructor', 'extra']);
    if (int(2) === 0) wire[key] = hostileValue();
    else if (Array.isArray(wire[key])) (wire[key] as unknown[]).push(hostileValue());
    else wire[key] = [hostileValue(), hostileValue()];
    const text = int(4) === 0 ? JSON.stringify(wire).replace('{', `{"__proto__":{"polluted":true},`) : JSON.stringify(wire);
    return `#c=${pack(text)}`;
  };
  const makers = [
    () => `#c=${randomText(int(200))}`,
    () => randomText(int(60)),
    () => `#c=${Array.from({ length: int(400) }, () => ALPHABET[int(64)]).join('')}`,
    () => `#c=${randomText(90 + int(20)).repeat(100)}`,
    () => mutate(valid),
    () => mutate(mutate(mutate(valid))),
    () => hostileWire(),
    () => `#c=${pack(pick(MARKUP))}`,
    () => deepNesting,
  ];
  return Array.from({ length: count }, () => pick(makers)());
}
