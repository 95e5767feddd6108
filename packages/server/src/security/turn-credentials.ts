import { createHmac } from 'node:crypto';

/** Time-limited TURN credentials in coturn's REST form (`use-auth-secret` / `static-auth-secret`). */
export interface TurnCredentials {
  username: string;
  credential: string;
  expiresAt: Date;
}

/**
 * Mints TURN credentials the way coturn's REST API expects (draft-uberti-behave-turn-rest): the username
 * is `expiry:memberId` with `expiry` in Unix seconds, the password base64(HMAC-SHA1(secret, username)).
 * coturn recomputes the HMAC with the same shared secret and refuses the username once `expiry` passed,
 * so nothing is stored and nothing needs revoking.
 * @example mintTurnCredentials('s3cret', 'mem_1', new Date('2026-01-01T00:00:00Z'), 3600)
 * // { username: '1767229200:mem_1', credential: '…', expiresAt: 2026-01-01T01:00:00Z }
 */
export function mintTurnCredentials(secret: string, memberId: string, now: Date, ttlSeconds: number): TurnCredentials {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${memberId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expiresAt: new Date(expiry * 1000) };
}
