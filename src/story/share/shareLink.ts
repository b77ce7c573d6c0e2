import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Composition } from './composition';
import { SHARE_KEY } from './shareKey';
import { fromWire, toWire } from './wire';

/**
 * The composition as a link: its compact JSON deflated (fflate) and written in base64url into the address's
 * fragment, `#c=…`, which a browser never sends to a server. `readShareFragment` takes any fragment at all and never
 * throws: an oversized, truncated, mangled or hostile one gives whatever could be read, marked damaged, or nothing.
 */
/** Far above any composition the limits allow once compressed; anything longer is refused unread. */
export const MAX_FRAGMENT_LENGTH = 8000;
/** The inflated JSON may not be longer than this (a crafted code can expand a thousandfold): it is cut and refused. */
const MAX_JSON_BYTES = 60_000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function shareFragment(composition: Composition): string {
  return `#${SHARE_KEY}=${toBase64Url(deflateSync(strToU8(JSON.stringify(toWire(composition))), { level: 9 }))}`;
}

/** The page's address without query or fragment, with the composition's fragment: what the QR code and handout carry. */
export function shareLink(pageUrl: string, composition: Composition): string {
  const base = pageUrl.split(/[?#]/)[0] ?? '';
  return `${base}${shareFragment(composition)}`;
}

export type ShareRead = { kind: 'none' } | { kind: 'read'; composition: Composition; damaged: boolean } | { kind: 'unreadable' };

/** The JSON a code holds, or null for anything that is not base64url, not DEFLATE, not UTF-8 JSON or too long. */
function readJson(code: string): unknown {
  try {
    const out = new Uint8Array(MAX_JSON_BYTES + 1);
    const bytes = inflateSync(fromBase64Url(code), { out });
    if (bytes.length > MAX_JSON_BYTES) return null;
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return null;
  }
}

/** Reads `#c=…` from a fragment (with or without its `#`); a fragment without it is no share link. */
export function readShareFragment(fragment: string): ShareRead {
  if (typeof fragment !== 'string') return { kind: 'none' };
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!body.startsWith(`${SHARE_KEY}=`)) return { kind: 'none' };
  const code = body.slice(SHARE_KEY.length + 1);
  if (code.length > MAX_FRAGMENT_LENGTH || !BASE64URL.test(code)) return { kind: 'unreadable' };
  const raw = readJson(code);
  if (raw === null) return { kind: 'unreadable' };
  const { value, damaged } = fromWire(raw);
  return { kind: 'read', composition: value, damaged };
}
