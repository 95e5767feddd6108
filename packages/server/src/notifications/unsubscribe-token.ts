import { createHmac } from 'node:crypto';
import { safeEqual } from '../security/crypto.js';

/** What an unsubscribe link may switch off: one kind of email, or every non-essential one. */
export type UnsubscribeScope = 'sessionUpdates' | 'reminders' | 'mentorship' | 'all';
const scopes: readonly UnsubscribeScope[] = ['sessionUpdates', 'reminders', 'mentorship', 'all'];

export interface UnsubscribeClaims {
  communityId: string;
  memberId: string;
  scope: UnsubscribeScope;
}

function mac(secret: string, body: string): string {
  // A purpose prefix keeps these MACs useless as any other token signed with the same secret.
  return createHmac('sha256', secret).update(`mentorkit-unsubscribe:${body}`).digest('base64url');
}

/**
 * A token for a link that works without signing in (one click from the email, RFC 8058). It only ever
 * turns mail *off* for the member it names, so it does not expire; it cannot be forged without the secret.
 */
export function signUnsubscribeToken(secret: string, claims: UnsubscribeClaims): string {
  const body = Buffer.from(JSON.stringify([claims.communityId, claims.memberId, claims.scope])).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** The claims of a valid token, or null for anything else. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaims | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || !safeEqual(signature, mac(secret, body))) return null;
  try {
    const [communityId, memberId, scope] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    if (typeof communityId !== 'string' || typeof memberId !== 'string' || !scopes.includes(scope as UnsubscribeScope)) return null;
    return { communityId, memberId, scope: scope as UnsubscribeScope };
  } catch {
    return null;
  }
}
