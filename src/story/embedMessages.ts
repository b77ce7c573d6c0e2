import { z } from './zod';
import { STEP_ID_MAX_LENGTH, STEP_ID_PATTERN } from './stepId';

/**
 * The message API between a host page and the embedded explainer (`window.postMessage`), version 1.
 * Every message carries `facetExplainer: 1`; commands go to the frame, events come back. The frame reads a command
 * only through `parseCommand`: anything larger than MAX_MESSAGE_SIZE, of an unknown shape, with an extra key or a
 * value of the wrong type or form is dropped (null), without a word. Values are ids and short codes checked
 * against patterns, never text that is shown, so nothing a host sends can become markup.
 * Pure (zod/mini, so the frame's first small script can carry it).
 */
export const PROTOCOL_KEY = 'facetExplainer';
export const PROTOCOL_VERSION = 1;
/** Far above any well-formed command (the longest, setFindings, is under 200 characters). */
export const MAX_MESSAGE_SIZE = 1024;
const MAX_DEPTH = 4;

const LOCALES = ['zh-TW', 'en'] as const;
const version = z.literal(PROTOCOL_VERSION);
const stepId = z.string().check(z.maxLength(STEP_ID_MAX_LENGTH), z.regex(STEP_ID_PATTERN));
/** The same compact forms as the address (`lstv=IIa-left&facets=L4-L5:2,L5-S1:3l1r&cascade=instability`). */
const findings = z.strictObject({
  lstv: z.optional(z.string().check(z.maxLength(16), z.regex(/^[A-Za-z]+(?:-(?:left|right))?$/))),
  facets: z.optional(z.string().check(z.maxLength(80), z.regex(/^(?:none|[LS]\d-[LS]\d:[\dlr]+(?:,[LS]\d-[LS]\d:[\dlr]+)*)$/))),
  cascade: z.optional(z.string().check(z.maxLength(24), z.regex(/^[a-z]+(?:-[a-z]+)*$/))),
});

const commandSchema = z.discriminatedUnion('command', [
  z.strictObject({ [PROTOCOL_KEY]: version, command: z.literal('goToStep'), step: stepId }),
  z.strictObject({ [PROTOCOL_KEY]: version, command: z.literal('setLanguage'), lang: z.enum(LOCALES) }),
  z.strictObject({ [PROTOCOL_KEY]: version, command: z.literal('setFindings'), findings: z.nullable(findings) }),
  z.strictObject({ [PROTOCOL_KEY]: version, command: z.literal('play') }),
  z.strictObject({ [PROTOCOL_KEY]: version, command: z.literal('pause') }),
]);

export type EmbedCommand = z.infer<typeof commandSchema>;
export type EmbedCommandName = EmbedCommand['command'];
export type CommandFindings = z.infer<typeof findings>;

/**
 * True when `value` is plain data (strings, finite numbers, booleans, null, plain objects and arrays) no larger than
 * `limit` (string lengths and key lengths, 8 for any other value), no deeper than MAX_DEPTH. Stops as soon as the
 * budget is spent, so a huge or cyclic message costs no more than a small one.
 */
export function isSmallPlainData(value: unknown, limit = MAX_MESSAGE_SIZE): boolean {
  let budget = limit;
  const visit = (item: unknown, depth: number): boolean => {
    if (typeof item === 'string') return (budget -= item.length) >= 0;
    if (item === null || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item))) return (budget -= 8) >= 0;
    if (typeof item !== 'object' || depth >= MAX_DEPTH) return false;
    const prototype = Object.getPrototypeOf(item);
    if (!Array.isArray(item) && prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(item)) {
      if ((budget -= key.length + 8) < 0) return false;
      if (!visit((item as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return true;
  };
  return visit(value, 0);
}

/** The command in a message, or null for anything else (never throws). */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (!isSmallPlainData(data)) return null;
  const parsed = commandSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Why a well-formed command was not carried out (sent back as an `error` event). */
export const EMBED_ERROR_CODES = ['unknown-step', 'invalid-findings', 'scene-failed'] as const;
export type EmbedErrorCode = (typeof EMBED_ERROR_CODES)[number];

/** What the frame tells its host. `index` counts steps from 0 over the whole story. */
export type EmbedEvent =
  | { event: 'ready'; step: string; lang: string; scope: string }
  | { event: 'stepchange'; step: string; index: number; lang: string }
  | { event: 'error'; code: EmbedErrorCode; command?: EmbedCommandName };

export function eventMessage(event: EmbedEvent): EmbedEvent & { [PROTOCOL_KEY]: typeof PROTOCOL_VERSION } {
  return { [PROTOCOL_KEY]: PROTOCOL_VERSION, ...event };
}
