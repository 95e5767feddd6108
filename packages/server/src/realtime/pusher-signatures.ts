import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Pusher's signatures (pusher-protocol.md §3, §4): `KEY:hex(HMAC-SHA256(secret, string))` for channel
 * subscriptions and user sign-in, and the signed query string of the REST API.
 */

export function hmacHex(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

/** Constant-time equality of two strings (hashed first so lengths never leak). */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** The `auth` for a private channel, or a presence channel when `channelData` is given (signed verbatim). */
export function signChannel(key: string, secret: string, socketId: string, channel: string, channelData?: string): string {
  const toSign = channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  return `${key}:${hmacHex(secret, toSign)}`;
}

/** The `auth` for `pusher:signin`. */
export function signUser(key: string, secret: string, socketId: string, userData: string): string {
  return `${key}:${hmacHex(secret, `${socketId}::user::${userData}`)}`;
}

/**
 * The REST canonical string: lowercase keys, sorted, `k=v` joined by `&` without URL-escaping values,
 * `auth_signature` left out.
 */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .filter(([k]) => k !== 'auth_signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export function signRequest(secret: string, method: string, path: string, params: Record<string, string>): string {
  return hmacHex(secret, `${method.toUpperCase()}\n${path}\n${canonicalQuery(params)}`);
}

export function md5Hex(body: string | Uint8Array): string {
  return createHash('md5').update(body).digest('hex');
}
