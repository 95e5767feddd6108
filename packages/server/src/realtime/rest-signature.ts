import { constantTimeEqual, md5Hex, signRequest } from './pusher-signatures.js';

/** Pusher allows a request's `auth_timestamp` to be this far from the server's clock. */
export const MAX_CLOCK_SKEW_SECONDS = 600;

/**
 * Checks a signed REST request (pusher-protocol.md §4). Returns null when it is good, else what is
 * wrong — the answer is a 401 that names the problem (never the expected signature).
 */
export function verifyRestRequest(input: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Uint8Array;
  key: string;
  secret: string;
  nowMs: number;
}): string | null {
  const params: Record<string, string> = {};
  for (const [k, v] of input.query) params[k] = v;
  if (params.auth_key !== input.key) return 'Unknown auth_key';
  if (params.auth_version !== '1.0') return 'auth_version must be 1.0';
  const timestamp = Number(params.auth_timestamp);
  if (!/^\d+$/.test(params.auth_timestamp ?? '')) return 'auth_timestamp missing';
  if (Math.abs(input.nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return `Timestamp expired: auth_timestamp must be within ${MAX_CLOCK_SKEW_SECONDS} s of the server's time (check the clock)`;
  }
  if (input.body.length > 0 && params.body_md5 !== md5Hex(input.body)) return 'body_md5 does not match the body';
  if (input.body.length === 0 && params.body_md5 !== undefined && params.body_md5 !== md5Hex('')) return 'body_md5 does not match the body';
  const expected = signRequest(input.secret, input.method, input.path, params);
  if (!constantTimeEqual(params.auth_signature ?? '', expected))
    return 'Invalid signature: check the app secret and that the path and query are signed exactly as sent';
  return null;
}
