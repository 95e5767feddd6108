import { validationFailed } from './validation-error.js';

// No zod here: the codec is pure and small, and stays out of page bundles' way.

/** What one position of a cursor may hold: a sort value (a number, or a string such as an email) or an id. */
export type KeysetPart = string | number | readonly number[];
export type KeysetKind = 'string' | 'number' | 'numbers';
type PartOf<K extends KeysetKind> = K extends 'string' ? string : K extends 'number' ? number : number[];
export type KeysetParts<K extends readonly KeysetKind[]> = { -readonly [I in keyof K]: PartOf<K[I]> };

/** Every cursor the API hands out matches this: base64url, so it travels in a query string untouched. */
export const keysetCursorPattern = /^[A-Za-z0-9_-]+$/;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(cursor: string): string {
  const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

const isKind = (value: unknown, kind: KeysetKind): boolean =>
  kind === 'string'
    ? typeof value === 'string'
    : kind === 'number'
      ? typeof value === 'number' && Number.isFinite(value)
      : Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * The one cursor format of every paged list: the sort key of the last item of a page and its id (the
 * tie-breaker), as base64url of a JSON array. Clients treat it as opaque and hand it back.
 * @example encodeKeysetCursor([session.start.getTime(), session.id])
 */
export function encodeKeysetCursor(parts: readonly KeysetPart[]): string {
  return toBase64Url(JSON.stringify(parts));
}

/**
 * Reads a cursor made by `encodeKeysetCursor` with parts of the given kinds.
 * @param param the query parameter it came in, named in the error
 * @throws MentorKitError VALIDATION_FAILED (400, `details: [{ path: param }]`) for anything else
 * @example const [at, id] = decodeKeysetCursor(query.cursor, ['number', 'string'])
 */
export function decodeKeysetCursor<const K extends readonly KeysetKind[]>(cursor: string, kinds: K, param = 'cursor'): KeysetParts<K> {
  let parts: unknown;
  try {
    parts = keysetCursorPattern.test(cursor) ? JSON.parse(fromBase64Url(cursor)) : undefined;
  } catch {
    parts = undefined;
  }
  if (Array.isArray(parts) && parts.length === kinds.length && kinds.every((kind, i) => isKind(parts[i], kind))) {
    return parts as KeysetParts<K>;
  }
  throw invalidCursor(param);
}

/** The 400 for a cursor that no page of this list handed out. */
export function invalidCursor(param = 'cursor', message = 'Expected the nextCursor of a previous page') {
  return validationFailed('request query', { path: param, message });
}
